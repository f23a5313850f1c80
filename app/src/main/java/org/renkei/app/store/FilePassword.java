package org.renkei.app.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How the user's password becomes H2's passwords. With {@code CIPHER=AES} H2 reads the connection password as
 * {@code "<file password> <user password>"}, split at the first space, and its two ways to the file key (the JDBC
 * URL and {@code ChangeFileEncryption}) only agree for characters up to U+00FF. The file password is therefore the
 * hex form of the password's UTF-8 bytes: ASCII, no space, any password the user types. The H2 user password stays
 * empty: the file key is the secret, and one secret keeps a password change a single file operation.
 */
final class FilePassword {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private FilePassword() {
    }

    /** The file password (a new array; the caller wipes it). */
    static char[] file(char[] password) {
        ByteBuffer bytes;
        try {
            bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).encode(CharBuffer.wrap(password));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("UTF-8 with replacement cannot fail", e);
        }
        char[] hex = new char[bytes.remaining() * 2];
        for (int i = 0; bytes.hasRemaining(); i += 2) {
            int b = bytes.get() & 0xff;
            hex[i] = HEX[b >>> 4];
            hex[i + 1] = HEX[b & 0x0f];
        }
        if (bytes.hasArray()) {
            Arrays.fill(bytes.array(), (byte) 0);
        }
        return hex;
    }

    /** {@code "<file password> "} as given to the JDBC data source (a new array; the caller wipes it). */
    static char[] connection(char[] password) {
        char[] file = file(password);
        char[] both = Arrays.copyOf(file, file.length + 1);
        both[file.length] = ' ';
        wipe(file);
        return both;
    }

    static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
