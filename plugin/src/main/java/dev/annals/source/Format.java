package dev.annals.source;

/** How an article file is written. */
public enum Format { TEXT, MARKDOWN }
