package org.apimmigrate.runner.guide.item;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apimmigrate.runner.guide.config.TomlConfig;
import org.apimmigrate.runner.guide.files.SolrFolder;
import org.apimmigrate.runner.guide.progress.MigrationProgress;
import org.apimmigrate.runner.guide.fix.Fix;
import org.apimmigrate.runner.guide.config.ApimHome;

/**
 * What every check may look at: both homes, the databases' progress, and the item texts; and where the safe repairs
 * the checks offer are kept for {@code --fix}.
 */
public final class GuideContext {

    private final OldSetup old;
    private final ApimHome newHome;
    private final MigrationProgress progress;
    private final ItemTexts texts;
    private final SolrFolder solr;
    private final Map<String, Fix> fixes = new LinkedHashMap<>();

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
        return new ItemBuilder(check, this);
    }

    /** A safe repair of an open item, run by {@code --fix}. */
    void offer(String itemId, Fix fix) {
        fixes.put(itemId, fix);
    }

    /** The repairs the checks offered, by item id, in checklist order. */
    public Map<String, Fix> fixes() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(fixes));
    }

    /** A snippet of the check's item texts with the homes filled in. */
    public String snippet(GuideCheck check, String name) {
        return texts.snippet(check.id(), name);
    }
}
