package org.pikir.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text given per content language: keys only {@code kk}, {@code ru}, {@code en}, at least one
 * non-blank value (when {@link #required()}), none longer than {@link #max()} characters.
 */
@Documented
@Constraint(validatedBy = MultilingualValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Multilingual {

    String message() default "must map kk, ru or en to a text";

    int max() default 300;

    boolean required() default true;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
