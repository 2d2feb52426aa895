package org.apimmigrate.verify.engine;

import java.security.SecureRandom;

/** Passwords for users the engines create themselves: letters and digits only, legal unquoted on every vendor. */
final class Passwords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    static String random() {
        StringBuilder out = new StringBuilder("Pw");
        for (int i = 0; i < 20; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.append('7').toString();
    }
}
