package org.pikir.feedback.review;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Who reviews a recommendation: a staff account's user name, or null to unassign. */
public record AssigneeRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = "[\\p{L}\\p{N}._@-]+", message = "must be a user name")
        String assignee) {
}
