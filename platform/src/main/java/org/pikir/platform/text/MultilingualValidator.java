package org.pikir.platform.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Map;

public class MultilingualValidator implements ConstraintValidator<Multilingual, Map<String, String>> {

    private int max;
    private boolean required;

    @Override
    public void initialize(Multilingual annotation) {
        max = annotation.max();
        required = annotation.required();
    }

    @Override
    public boolean isValid(Map<String, String> texts, ConstraintValidatorContext context) {
        if (texts == null || texts.isEmpty()) {
            return !required || fail(context, "needs a text in at least one of kk, ru, en");
        }
        boolean anyText = false;
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            if (!ContentLanguage.isSupported(entry.getKey())) {
                return fail(context, "'" + entry.getKey() + "' is not a content language (kk, ru, en)");
            }
            String text = entry.getValue();
            if (text != null && text.length() > max) {
                return fail(context, entry.getKey() + " text is longer than " + max + " characters");
            }
            anyText |= text != null && !text.isBlank();
        }
        return anyText || !required || fail(context, "needs a text in at least one of kk, ru, en");
    }

    private static boolean fail(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}
