package org.allianceatlas.ui.details;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.allianceatlas.ui.details.Details.Entry;
import org.allianceatlas.ui.details.Details.Link;
import org.allianceatlas.ui.shared.AtlasStyles;
import org.allianceatlas.ui.shared.ExternalLinks;

/**
 * The right panel: renders the {@link DetailsViewModel}'s document as wrapped labels, with each source as a
 * hyperlink that opens in the system browser (http/https only, see {@link ExternalLinks}) or, for a citation, as
 * text. "Copy" puts the whole document on the clipboard.
 *
 * <p>Node ids: {@code detailsPanel}, {@code detailsTitle}, {@code detailsContent}.
 */
public final class DetailsView {

    private final DetailsViewModel vm;
    private final ExternalLinks links;
    private final BorderPane root = new BorderPane();
    private final VBox content = new VBox(4);
    private final Label title = new Label();

    /** The selection whose details are shown, to tell a new selection from a new year of the same one. */
    private Object shownFor;

    public DetailsView(DetailsViewModel vm, ExternalLinks links) {
        this.vm = vm;
        this.links = links;
        root.setId("detailsPanel");
        title.setId("detailsTitle");
        title.getStyleClass().addAll(AtlasStyles.DETAILS_TITLE, Styles.TITLE_3);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);

        var copy = new Button("Copy");
        copy.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        copy.setTooltip(new Tooltip("Copy these details as text"));
        copy.setOnAction(e -> {
            var clip = new ClipboardContent();
            clip.putString(vm.details().plainText());
            Clipboard.getSystemClipboard().setContent(clip);
        });
        // The title lives in the content column, which gives wrapped labels the height they need; the header row
        // only names the panel and holds the copy button.
        var panelName = new Label("Details");
        panelName.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var header = new HBox(panelName, spacer, copy);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 14, 0, 14));

        content.setId("detailsContent");
        content.setPadding(new Insets(0, 14, 14, 14));
        content.setFillWidth(true);
        var scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setTop(header);
        root.setCenter(scroll);

        vm.detailsProperty().addListener((o, a, d) -> {
            render(d);
            // Another selection starts at its top; another year of the same one keeps the reader's place.
            if (vm.selection() != shownFor) {
                scroll.setVvalue(scroll.getVmin());
            }
            shownFor = vm.selection();
        });
        render(vm.details());
        shownFor = vm.selection();
    }

    public Node node() {
        return root;
    }

    private void render(Details d) {
        title.setText(d.title());
        content.getChildren().setAll(title);
        if (!d.subtitle().isEmpty()) {
            content.getChildren().add(wrapped(d.subtitle(), AtlasStyles.DETAILS_SECONDARY, Styles.TEXT_MUTED));
        }
        if (!d.notice().isEmpty()) {
            content.getChildren().add(wrapped(d.notice(), AtlasStyles.DETAILS_NOTICE, Styles.WARNING));
        }
        for (var section : d.sections()) {
            var heading = wrapped(section.heading(), AtlasStyles.SECTION_TITLE);
            VBox.setMargin(heading, new Insets(12, 0, 2, 0));
            content.getChildren().add(heading);
            if (section.entries().isEmpty() && !section.empty().isEmpty()) {
                content.getChildren().add(wrapped(section.empty(), Styles.TEXT_MUTED));
            }
            for (var entry : section.entries()) {
                content.getChildren().add(entry(entry));
            }
        }
    }

    private Node entry(Entry e) {
        var box = new VBox(1);
        box.setPadding(new Insets(4, 0, 4, 0));
        box.getChildren().add(wrapped(e.text(), AtlasStyles.DETAILS_ENTRY));
        if (!e.secondary().isEmpty()) {
            box.getChildren().add(wrapped(e.secondary(), AtlasStyles.DETAILS_SECONDARY, Styles.TEXT_MUTED,
                    Styles.TEXT_SMALL));
        }
        if (!e.note().isEmpty()) {
            box.getChildren().add(wrapped(e.note(), Styles.TEXT_ITALIC, Styles.TEXT_SMALL));
        }
        for (var link : e.sources()) {
            box.getChildren().add(source(link));
        }
        return box;
    }

    private Node source(Link link) {
        if (link.url() == null || ExternalLinks.openable(link.url()).isEmpty()) {
            // a citation, or a URL we will not open: shown as text so it can still be read and copied
            var text = link.url() == null ? link.label() : link.label() + " <" + link.url() + ">";
            return wrapped(text, AtlasStyles.SOURCE_LINK, Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        }
        var h = new Hyperlink(link.label());
        h.getStyleClass().addAll(AtlasStyles.SOURCE_LINK, Styles.TEXT_SMALL);
        h.setWrapText(true);
        h.setTooltip(new Tooltip(link.url()));
        h.setOnAction(ev -> links.open(link.url()));
        return h;
    }

    private static Label wrapped(String text, String... styleClasses) {
        var l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }
}
