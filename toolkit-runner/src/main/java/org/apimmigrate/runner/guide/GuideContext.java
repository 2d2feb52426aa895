package org.apimmigrate.runner.guide;

import java.nio.file.Path;
import java.util.Optional;
import org.apimmigrate.runner.guide.config.TomlConfig;
import org.apimmigrate.runner.guide.files.SolrFolder;
import org.apimmigrate.runner.guide.progress.MigrationProgress;

/** What every check may look at: both homes, the databases' progress, and the item texts. */
public final class GuideContext {

    private final OldSetup old;
    private final ApimHome newHome;
    private final MigrationProgress progress;
    private final ItemTexts texts;
    private final SolrFolder solr;

    public GuideContext(ApimHome oldHome, ApimHome newHome, MigrationProgress progress, Optional<Path> solrBackup) {
        this.old = new OldSetup(oldHome);
        this.newHome = newHome;
        this.progress = progress;
        this.texts = ItemTexts.load(oldHome.root(), newHome.root());
        this.solr = new SolrFolder(newHome.solr(), solrBackup);
    }

    public OldSetup old() {
        return old;
    }

    public ApimHome newHome() {
        return newHome;
    }

    public TomlConfig newToml() {
        return newHome.toml();
    }

    public MigrationProgress progress() {
        return progress;
    }

    public SolrFolder solr() {
        return solr;
    }

    public ItemTexts texts() {
        return texts;
    }

    /** Starts the result of a check. */
    public ItemBuilder item(GuideCheck check) {
        return new ItemBuilder(check, texts);
    }

    /** A snippet of the check's item texts with the homes filled in. */
    public String snippet(GuideCheck check, String name) {
        return texts.snippet(check.id(), name);
    }
}
