package org.apimmigrate.runner.guide.checks;

import java.nio.file.Path;
import java.util.List;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.files.SolrFolder;
import org.apimmigrate.runner.guide.fix.MoveAside;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;

/**
 * Guide Step 2 (re-index) 4: the {@code solr} index the earlier starts built is backed up and deleted before the
 * re-indexing start. {@code --fix} moves it aside to {@code solr.bak-<time>}, once re-indexing is switched on.
 */
public final class SolrBackupCheck implements GuideCheck {

    @Override
    public String id() {
        return "solr-backup";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.REINDEX;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this).snippet("backup");
        SolrFolder solr = ctx.solr();
        List<Path> backups = solr.backups();
        if (!backups.isEmpty()) {
            String where = String.join(", ", backups.stream().map(Path::toString).toList());
            return item.done(solr.exists() ? "backed up (" + where + ") and built anew by the re-indexing start"
                    : "backed up (" + where + ") and removed; the re-indexing start builds it anew");
        }
        if (!solr.exists()) {
            return item.done("no solr folder in the 4.0.0 home: nothing to back up");
        }
        if (ctx.newToml().text("indexing.re_indexing").isEmpty()) {
            return item.todo(solr.path() + " holds the index of the earlier starts: back it up and delete it when "
                    + "re-indexing is switched on");
        }
        return item.action(new MoveAside(solr.path())).todo(solr.path() + " holds the index of the earlier starts: "
                + "back it up and delete it before the re-indexing start");
    }
}
