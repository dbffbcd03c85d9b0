package org.pikir.platform.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.type.TypeFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a multilingual field that older clients send as one plain string: an object keyed by language is read as
 * it is; a string stands for the same text in every content language (a place name written once, for instance).
 */
public class SameInEveryLanguage extends JsonDeserializer<Map<String, String>> {

    @Override
    public Map<String, String> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            Map<String, String> texts = new LinkedHashMap<>();
            ContentLanguage.CODES.forEach(language -> texts.put(language, text));
            return texts;
        }
        return context.readValue(parser, TypeFactory.defaultInstance()
                .constructMapType(LinkedHashMap.class, String.class, String.class));
    }
}
