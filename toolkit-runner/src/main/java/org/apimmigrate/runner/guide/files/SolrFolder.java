package org.apimmigrate.runner.guide.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apimmigrate.runner.guide.progress.Probe;

/**
 * The 4.0.0 home's {@code solr} index, which the guide backs up and deletes before the re-indexing start; that start
 * builds it anew. A backup is any {@code solr*} entry beside it (e.g. {@code solr.bak-<time>}, which {@code --fix}
 * makes) or the path given with {@code --solr-backup}.
 */
public final class SolrFolder {

    private final Path solr;
    private final Optional<Path> givenBackup;

    public SolrFolder(Path solr, Optional<Path> givenBackup) {
        this.solr = solr;
        this.givenBackup = givenBackup;
    }

    public Path path() {
        return solr;
    }

    public boolean exists() {
        return Files.exists(solr);
    }

    public List<Path> backups() {
        List<Path> out = new ArrayList<>();
        givenBackup.filter(Files::exists).ifPresent(out::add);
        Path parent = solr.getParent();
        if (Files.isDirectory(parent)) {
            try (Stream<Path> s = Files.list(parent)) {
                s.filter(p -> !p.equals(solr)).filter(p -> p.getFileName().toString().startsWith("solr"))
                        .sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /**
     * Whether the re-indexing start has happened: after a backup, a {@code solr} folder exists again. Unknown without
     * a backup, since then an existing index may be the old one.
     */
    public Probe<Boolean> rebuiltAfterBackup() {
        if (backups().isEmpty()) {
            return Probe.unknown("no backup of the solr folder found beside it (give --solr-backup if it is elsewhere)");
        }
        return Probe.of(exists());
    }
}
