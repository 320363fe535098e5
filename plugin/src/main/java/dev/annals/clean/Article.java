package dev.annals.clean;

import java.util.List;

/** An article after cleaning: its metadata and every block of the file, classified. */
public record Article(String file, String slug, Meta meta, List<Block> blocks) {

    public Article {
        blocks = List.copyOf(blocks);
    }

    /** The blocks that make the article text, in order. */
    public List<Block> textBlocks() {
        return blocks.stream().filter(b -> b.kind().isText()).toList();
    }

    public List<Block> blocks(BlockKind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).toList();
    }
}
