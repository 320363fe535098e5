package dev.annals.annotate;

import dev.annals.clean.Article;
import dev.annals.clean.Block;
import dev.annals.clean.BlockKind;
import dev.annals.entity.EntityMatcher;
import dev.annals.entity.Mention;
import dev.annals.time.DateExtractor;
import dev.annals.time.DateMention;
import java.util.ArrayList;
import java.util.List;

/** Links entities and marks dates in an article's text and captions, and turns dated sentences into events. */
public final class Annotator {
    private final EntityMatcher entities;
    private final DateExtractor dates;
    private final Sentences.Maker sentences = new Sentences.Maker();

    public Annotator(EntityMatcher entities, DateExtractor dates) {
        this.entities = entities;
        this.dates = dates;
    }

    public AnnotatedArticle annotate(Article article) {
        List<BlockAnnotations> annotations = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        String lang = article.meta().lang();
        Sentences sentences = this.sentences.of(lang);
        List<String> texts = article.blocks().stream().filter(Annotator::annotated).map(Block::text).toList();
        java.util.Iterator<List<Mention>> found = entities.find(texts, lang).iterator();
        for (Block block : article.blocks()) {
            if (!annotated(block)) {
                annotations.add(BlockAnnotations.NONE);
                continue;
            }
            List<Mention> mentions = found.next();
            DateExtractor.Reading read = block.kind().isText()
                    ? dates.read(block.text(), lang, article.meta().date()) : null;
            List<DateMention> dated = read == null ? List.of() : read.dates();
            int[] contexts = new int[2 * mentions.size()];
            for (int k = 0; k < mentions.size(); k++) {
                int[] span = sentences.around(block.text(), mentions.get(k).start());
                contexts[2 * k] = span[0];
                contexts[2 * k + 1] = span[1];
            }
            annotations.add(new BlockAnnotations(mentions, dated, contexts));
            if (read != null) { // only without a publication date
                read.unresolved().forEach(u -> unresolved.add(u.expression()));
            }
            for (DateMention d : dated) {
                events.add(event(article, block.text(), sentences, d, mentions));
            }
        }
        return new AnnotatedArticle(article, annotations, events, unresolved);
    }

    private static boolean annotated(Block block) {
        return block.kind().isText() || block.kind() == BlockKind.CAPTION;
    }

    private static Event event(Article article, String text, Sentences sentences, DateMention date,
                               List<Mention> mentions) {
        int[] span = sentences.around(text, date.start());
        List<String> ids = mentions.stream().filter(m -> m.start() >= span[0] && m.end() <= span[1])
                .map(Mention::entityId).distinct().sorted().toList();
        return new Event(date.date(), new Excerpt(text, span[0], span[1]), article.slug(), ids, date.explicit());
    }
}
