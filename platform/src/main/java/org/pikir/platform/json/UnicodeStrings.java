package org.pikir.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * JSON strings must be Unicode text. JSON lets a string spell half of a surrogate pair ({@code "\ud800"}), which is no
 * character at all: PostgreSQL's UTF-8 has no way to hold it, and the driver stored {@code ?} in its place. Every
 * string value a service reads (record fields, lists and map values alike) is checked once here, and such a string is
 * refused as {@link NotUnicodeText}, which the problem mappers answer with a 400 naming the field.
 */
@Singleton
public class UnicodeStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("unicode-strings").addDeserializer(String.class, new Checked()));
    }

    /** The index of the first surrogate that is not half of a pair, or -1 when the text is all characters. */
    public static int loneSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A JSON string holding a lone surrogate; its path names the field. */
    public static final class NotUnicodeText extends MismatchedInputException {

        NotUnicodeText(JsonParser parser) {
            super(parser, "The string holds a lone UTF-16 surrogate, which is not a character", String.class);
        }
    }

    private static final class Checked extends StdScalarDeserializer<String> {

        Checked() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && loneSurrogate(value) >= 0) {
                throw new NotUnicodeText(parser);
            }
            return value;
        }
    }
}
