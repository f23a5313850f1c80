package org.renkei.dataimport.testutil;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Locates the copied data files under {@code src/test/resources/data}. */
public final class TestData {
    private TestData() {
    }

    public static Path path(String name) {
        URL url = TestData.class.getResource("/data/" + name);
        if (url == null) {
            throw new IllegalArgumentException("missing test data " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
