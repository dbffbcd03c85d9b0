package org.pikir.feedback.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An event's slug as events-service makes them: lower-case words of letters and digits joined by single
 * hyphens, at most 100 characters (the width of every {@code event_slug} column). Checked at the door, so a
 * control character or an overlong value is a 400 naming the parameter, never a database error.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
@Size(max = 100)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface EventSlug {

    String message() default "is not an event slug";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
