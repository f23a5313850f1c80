package org.renkei.app.importing.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A deterministic mutator of real import files: the same seed file and the same seed give the same bytes. Byte flips,
 * truncation, inserted bytes (random or tokens that matter to CSV, XML, JSON and the encodings), duplicated chunks,
 * for zips (.xlsx, the zipped code list) a mutation of one entry re-zipped, for text files an encoding swap (whole
 * file, some lines, BOM added or dropped). One to three mutations are stacked.
 */
final class Mutator {
    /** A mutated file and what was done to it (for the corpus manifest and failure messages). */
    record Mutant(byte[] bytes, String description) {
    }

    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final List<Charset> ENCODINGS = List.of(CP932, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16,
            Charset.forName("EUC-JP"), Charset.forName("ISO-2022-JP"), StandardCharsets.ISO_8859_1);
    private static final List<byte[]> TOKENS = tokens("\"", ",", "\r\n", "\n", "\r", "\u0000", ",,,,,,,,,,,,", "\"\"\"",
            "\"a,\"b\"", "<", ">", "&", "&#0;", "&lt;", "<![CDATA[", "<c r=\"XFD1048576\" t=\"s\"><v>99999999</v></c>",
            "<row r=\"0\">", "<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>", " t=\"e\"", "<f>1/0</f>",
            "<v>#REF!</v>", "<c r=\"ZZZZZ9\"><v>1</v></c>", "<is><t>", "{", "}", "[", "]", "null", "[[[[[[[[", "\\u0000",
            "99999999999999999999999", "-1", "0", "1e309", "NaN", "-0", "=1+1", "　", "令和99年99月99日", "東京都",
            "整外", "内 外 皮", "\uFEFF", "\uD800");

    private Mutator() {
    }

    /** Mutates {@code seed} (a file named {@code name}) with the random stream of {@code seed number}. */
    static Mutant mutate(String name, byte[] seed, long seedNumber) {
        SplittableRandom rnd = new SplittableRandom(seedNumber * 0x9E3779B97F4A7C15L + name.hashCode());
        byte[] b = seed;
        List<String> done = new ArrayList<>();
        int stacked = 1 + (rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(2) : 0);
        for (int i = 0; i < stacked; i++) {
            Mutant m = once(name, b, rnd);
            b = m.bytes();
            done.add(m.description());
        }
        return new Mutant(b, String.join(" + ", done));
    }

    private static Mutant once(String name, byte[] b, SplittableRandom rnd) {
        boolean zip = b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        boolean text = !zip && !name.toLowerCase(Locale.ROOT).endsWith(".xls");
        int op = rnd.nextInt(zip || text ? 6 : 5);
        if (op == 5) {
            return zip ? zipEntry(b, rnd) : encoding(b, rnd);
        }
        return bytes(b, rnd, op);
    }

    /** One of the plain byte mutations: 0 flip, 1 truncate, 2 insert token, 3 insert random, 4 duplicate. */
    static Mutant bytes(byte[] b, SplittableRandom rnd, int op) {
        if (b.length == 0) {
            return new Mutant(TOKENS.get(rnd.nextInt(TOKENS.size())), "empty+token");
        }
        switch (op) {
            case 0 -> {
                byte[] out = b.clone();
                int n = 1 + rnd.nextInt(8);
                StringBuilder at = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    int p = rnd.nextInt(out.length);
                    out[p] ^= (byte) (1 + rnd.nextInt(255));
                    at.append(i == 0 ? "" : ",").append(p);
                }
                return new Mutant(out, "flip@" + at);
            }
            case 1 -> {
                int cut = rnd.nextInt(b.length);
                return new Mutant(java.util.Arrays.copyOf(b, cut), "truncate@" + cut);
            }
            case 2 -> {
                int t = rnd.nextInt(TOKENS.size());
                int p = rnd.nextInt(b.length + 1);
                return new Mutant(insert(b, p, TOKENS.get(t)), "token" + t + "@" + p);
            }
            case 3 -> {
                byte[] junk = new byte[1 + rnd.nextInt(16)];
                for (int i = 0; i < junk.length; i++) {
                    junk[i] = (byte) rnd.nextInt(256);
                }
                int p = rnd.nextInt(b.length + 1);
                return new Mutant(insert(b, p, junk), "insert" + junk.length + "@" + p);
            }
            default -> {
                int from = rnd.nextInt(b.length);
                int len = 1 + rnd.nextInt(Math.min(4096, b.length - from));
                int to = rnd.nextInt(b.length + 1);
                byte[] chunk = java.util.Arrays.copyOfRange(b, from, from + len);
                int times = rnd.nextInt(8) == 0 ? 2 + rnd.nextInt(30) : 1;
                byte[] out = b;
                for (int i = 0; i < times; i++) {
                    out = insert(out, to, chunk);
                }
                return new Mutant(out, "dup" + from + "+" + len + "x" + times + "@" + to);
            }
        }
    }

    /** Mutates one entry of a zip and zips it again (same names, same order). */
    static Mutant zipEntry(byte[] b, SplittableRandom rnd) {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(b))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                contents.add(in.readAllBytes());
            }
        } catch (IOException | RuntimeException e) {
            return bytes(b, rnd, 0); // already no readable zip (a name no longer UTF-8 …): fall back to a flip
        }
        if (names.isEmpty()) {
            return bytes(b, rnd, 0);
        }
        int pick = preferred(names, rnd);
        Mutant inner = bytes(contents.get(pick), rnd, rnd.nextInt(5));
        contents.set(pick, inner.bytes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                z.putNextEntry(new ZipEntry(names.get(i)));
                z.write(contents.get(i));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Mutant(out.toByteArray(), "entry[" + names.get(pick) + "]:" + inner.description());
    }

    /** Sheets, shared strings and CSV members are hit three times as often as the other entries. */
    private static int preferred(List<String> names, SplittableRandom rnd) {
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            int weight = n.contains("worksheets/") || n.contains("sharedStrings") || n.endsWith(".csv") ? 3 : 1;
            for (int w = 0; w < weight; w++) {
                pool.add(i);
            }
        }
        return pool.get(rnd.nextInt(pool.size()));
    }

    /** Re-encodes text: the whole file, a run of lines, or only the BOM. */
    static Mutant encoding(byte[] b, SplittableRandom rnd) {
        String text = decode(b);
        if (text == null) {
            return bytes(b, rnd, 0);
        }
        Charset to = ENCODINGS.get(rnd.nextInt(ENCODINGS.size()));
        switch (rnd.nextInt(3)) {
            case 0 -> {
                return new Mutant(text.getBytes(to), "encode:" + to.name());
            }
            case 1 -> {
                String[] lines = text.split("\n", -1);
                int from = rnd.nextInt(lines.length);
                int until = Math.min(lines.length, from + 1 + rnd.nextInt(5));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = 0; i < lines.length; i++) {
                    out.writeBytes((lines[i] + (i < lines.length - 1 ? "\n" : ""))
                            .getBytes(i >= from && i < until ? to : StandardCharsets.UTF_8));
                }
                return new Mutant(out.toByteArray(), "lines" + (from + 1) + "-" + until + ":" + to.name());
            }
            default -> {
                boolean bom = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
                return bom ? new Mutant(java.util.Arrays.copyOfRange(b, 3, b.length), "drop-bom")
                        : new Mutant(insert(b, 0, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), "add-bom");
            }
        }
    }

    private static String decode(byte[] b) {
        for (Charset cs : List.of(StandardCharsets.UTF_8, CP932)) {
            try {
                return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                // try the next one
            }
        }
        return null;
    }

    static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(b, at, out, at + what.length, b.length - at);
        return out;
    }

    private static List<byte[]> tokens(String... s) {
        List<byte[]> out = new ArrayList<>();
        for (String t : s) {
            out.add(t.getBytes(StandardCharsets.UTF_8));
        }
        out.add(new byte[]{(byte) 0xFF, (byte) 0xFE});
        out.add(new byte[]{(byte) 0x81, (byte) 0x40});
        out.add(new byte[]{(byte) 0xE3, (byte) 0x81});
        out.add(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        out.add(new byte[]{'P', 'K', 3, 4});
        return List.copyOf(out);
    }
}
