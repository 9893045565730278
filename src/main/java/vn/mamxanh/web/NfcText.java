package vn.mamxanh.web;

import java.io.IOException;
import java.text.Normalizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Vietnamese can be typed as precomposed letters (NFC) or as letters plus combining marks (NFD);
 * they look the same but compare, count and search differently. Every text the app's API reads is
 * turned into NFC, so what is stored is one spelling whatever keyboard typed it.
 */
@Configuration
public class NfcText {

    public static String nfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    @Bean
    Module nfcStrings() {
        SimpleModule module = new SimpleModule("nfc-strings");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return nfc(super.deserialize(parser, context));
            }
        });
        return module;
    }
}
