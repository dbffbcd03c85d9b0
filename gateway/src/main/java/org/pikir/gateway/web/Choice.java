package org.pikir.gateway.web;

/** One option of a select or one radio button: the value sent and the words shown. */
public record Choice(String value, String label) {
}
