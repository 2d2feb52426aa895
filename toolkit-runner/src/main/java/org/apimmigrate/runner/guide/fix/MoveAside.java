package org.apimmigrate.runner.guide.fix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Backs a folder up and removes it in one move, e.g. the solr index before re-indexing. */
public final class MoveAside implements Fix {

    private final Path path;

    public MoveAside(Path path) {
        this.path = path;
    }

    @Override
    public String description() {
        return "back up and remove " + path + " (moved aside)";
    }

    @Override
    public List<String> apply(Backups backups) throws IOException {
        return List.of("moved " + path + " to " + backups.moveAside(path));
    }
}
