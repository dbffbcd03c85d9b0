package org.pikir.feedback.account;

import org.junit.jupiter.api.Test;
import org.pikir.platform.problem.ProblemException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisplayNamesTest {

    /** The field error's message when a person may not choose {@code name}. */
    private static String refusal(String name) {
        ProblemException refused = assertThrows(ProblemException.class, () -> DisplayNames.checkChosen(name), name);
        assertEquals(400, refused.problem().status());
        assertEquals(DisplayNames.FIELD, refused.problem().errors().get(0).field());
        return refused.problem().errors().get(0).message();
    }

    @Test
    void kazakhRussianAndLatinNamesInOneAlphabetPass() {
        for (String name : List.of("Әлия Нұрова", "Ұлан Қғңөүһі", "Ерлан 2026", "Jürgen O'Brien", "Aliya_Nurova",
                "Дана Тестова", "Айгерім")) {
            assertDoesNotThrow(() -> DisplayNames.checkChosen(name), name);
        }
    }

    @Test
    void aNameMixingAlphabetsIsRefused() {
        // a Cyrillic "о" in a Latin word, a Latin word beside a Cyrillic one, a Cyrillic "а" in "admin"
        for (String name : List.of("Mоderator Team", "admin Әлия", "аdmin Әлия", "Асель 3fa9c2")) {
            assertTrue(refusal(name).contains("mixes alphabets"), name);
        }
    }

    @Test
    void reservedNamesAreRefusedWhateverLettersTheyAreWrittenWith() {
        // Latin, with a Cyrillic "о" (refused as reserved before its mixed alphabets), with "rn" for "m", split up
        for (String name : List.of("Moderator", "Mоderator", "Adrnin", "A.d.m.i.n", "МОДЕРАТОР", "Пікір")) {
            assertEquals("is reserved for the platform", refusal(name), name);
        }
    }

    @Test
    void theGeneratedPatternIsReserved() {
        String generated = DisplayNames.generated();
        assertTrue(generated.matches("citizen-[0-9a-f]{5}"), generated);
        for (String name : List.of(generated, "citizen-3fa9c", "Citizen 3FA9C", "citizen-lO2bc")) {
            assertTrue(refusal(name).contains("looks like the names Pikir gives new accounts"), name);
        }
        // other names starting with the word are a person's own
        for (String name : List.of("Citizen Kane", "citizen-3fa9", "citizen-3fa9c1")) {
            assertDoesNotThrow(() -> DisplayNames.checkChosen(name), name);
        }
    }

    @Test
    void namesThatLookAlikeHaveOneSkeleton() {
        // Latin "Hoc" and Cyrillic "Нос"; "rn" and "m"; a lowercase L and a capital i
        assertEquals(DisplayNames.skeleton("Hoc"), DisplayNames.skeleton("Нос"));
        assertEquals(DisplayNames.skeleton("Karma"), DisplayNames.skeleton("Karrna"));
        assertEquals(DisplayNames.skeleton("Ilya"), DisplayNames.skeleton("llya"));
        assertEquals(DisplayNames.skeleton("admin Әлия"), DisplayNames.skeleton("аdmin Әлия"));
        assertNotEquals(DisplayNames.skeleton("Ерлан"), DisplayNames.skeleton("Ерлен"));
        assertNotEquals(DisplayNames.skeleton("Әлия"), DisplayNames.skeleton("Алия"));
    }
}
