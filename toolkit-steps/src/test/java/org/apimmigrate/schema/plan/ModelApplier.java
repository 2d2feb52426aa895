package org.apimmigrate.schema.plan;

import java.util.List;
import java.util.TreeSet;
import org.apimmigrate.api.schema.Column;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.change.SchemaChange;

/** Applies planned changes to a model on paper, so the planner can be checked without a database. */
final class ModelApplier {

    private ModelApplier() {
    }

    static SchemaModel apply(SchemaModel model, List<SchemaChange> changes) {
        TreeSet<SnapshotLine> lines = new TreeSet<>(model.toSnapshot().lines());
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.CreateTable c) {
                c.definition().columns().forEach(col -> lines.add(col.toLine()));
                c.definition().primaryKey().ifPresent(pk -> lines.add(pk.toLine()));
            } else if (change instanceof SchemaChange.DropTable d) {
                lines.removeIf(l -> d.table().equals(l.table()));
            } else if (change instanceof SchemaChange.AddColumn a) {
                lines.add(a.column().toLine());
            } else if (change instanceof SchemaChange.DropColumn d) {
                lines.remove(d.column().toLine());
            } else if (change instanceof SchemaChange.RenameColumn r) {
                Column from = r.from();
                lines.remove(from.toLine());
                lines.add(r.to().toLine());
            } else if (change instanceof SchemaChange.AlterColumn a) {
                lines.remove(a.from().toLine());
                lines.add(a.to().toLine());
            } else if (change instanceof SchemaChange.AddConstraint a) {
                lines.add(a.constraint().toLine());
            } else if (change instanceof SchemaChange.DropConstraint d) {
                lines.remove(d.constraint().toLine());
            } else if (change instanceof SchemaChange.CreateIndex c) {
                lines.add(c.index().toLine());
            } else if (change instanceof SchemaChange.DropIndex d) {
                lines.remove(d.index().toLine());
            } else if (change instanceof SchemaChange.CreateTrigger c) {
                // one trigger, one line per event it fires on
                c.on().triggers().stream().filter(t -> t.name().equals(c.trigger().name()))
                        .forEach(t -> lines.add(t.toLine()));
            } else if (change instanceof SchemaChange.DropTrigger d) {
                lines.removeIf(l -> l.kind() == SnapshotLine.Kind.TRG && l.table().equals(d.trigger().table())
                        && l.fields().get(1).equals(d.trigger().name()));
            } else if (change instanceof SchemaChange.CreateSequence c) {
                lines.add(SnapshotLine.of(SnapshotLine.Kind.SEQ, c.name()));
            } else if (change instanceof SchemaChange.DropSequence d) {
                lines.remove(SnapshotLine.of(SnapshotLine.Kind.SEQ, d.name()));
            } else if (change instanceof SchemaChange.CreateFunction f) {
                lines.add(SnapshotLine.of(SnapshotLine.Kind.FUNC, f.name()));
            }
        }
        return SchemaModel.of(new Snapshot(lines));
    }
}
