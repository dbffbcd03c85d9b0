package org.pikir.gateway.admin;

import java.util.List;

/** A new order of one of a forum's lists: every id, in the order wanted. */
public record PartOrder(List<Long> ids) {
}
