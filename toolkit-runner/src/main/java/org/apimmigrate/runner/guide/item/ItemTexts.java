package org.apimmigrate.runner.guide.item;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Titles and fix snippets of the checklist items, from {@code items.txt} beside this class. An item starts with
 * {@code == <id>} and a {@code title:} line; each snippet starts with {@code -- <name>}. In snippets, {@code {old}} and
 * {@code {new}} stand for the two API-M homes.
 */
public final class ItemTexts {

    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Map<String, String> snippets = new LinkedHashMap<>();
    private final Path oldHome;
    private final Path newHome;

    private ItemTexts(String text, Path oldHome, Path newHome) {
        this.oldHome = oldHome;
        this.newHome = newHome;
        parse(text);
    }

    public static ItemTexts load(Path oldHome, Path newHome) {
        try (InputStream in = ItemTexts.class.getResourceAsStream("items.txt")) {
            if (in == null) {
                throw new IllegalStateException("items.txt is missing");
            }
            return new ItemTexts(new String(in.readAllBytes(), StandardCharsets.UTF_8), oldHome, newHome);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void parse(String text) {
        String item = null;
        String snippet = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("== ")) {
                store(item, snippet, body);
                item = line.substring(3).strip();
                snippet = null;
                body = new StringBuilder();
            } else if (item != null && snippet == null && line.startsWith("title:")) {
                titles.put(item, line.substring(6).strip());
            } else if (item != null && line.startsWith("-- ")) {
                store(item, snippet, body);
                snippet = line.substring(3).strip();
                body = new StringBuilder();
            } else if (snippet != null) {
                body.append(line).append('\n');
            }
        }
        store(item, snippet, body);
    }

    private void store(String item, String snippet, StringBuilder body) {
        if (item != null && snippet != null) {
            snippets.put(item + "/" + snippet, body.toString().strip());
        }
    }

    public String title(String itemId) {
        String t = titles.get(itemId);
        if (t == null) {
            throw new IllegalStateException("items.txt has no title for " + itemId);
        }
        return t;
    }

    public String snippet(String itemId, String name) {
        String s = snippets.get(itemId + "/" + name);
        if (s == null) {
            throw new IllegalStateException("items.txt has no snippet " + name + " for " + itemId);
        }
        return s.replace("{old}", oldHome.toString()).replace("{new}", newHome.toString());
    }

    public boolean hasTitle(String itemId) {
        return titles.containsKey(itemId);
    }
}
