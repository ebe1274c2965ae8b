package eu.tibs.matching;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The Lucene index of the profiles, searchable while it is updated (near-real-time reopen). It lives in a
 * temporary directory, memory-mapped: unlike an on-heap directory, searching it allocates next to nothing,
 * and a million profiles' index stays off the heap. Nothing in it outlives the engine.
 */
final class ProfileIndex implements Closeable {
    private final Path directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    ProfileIndex() {
        try {
            directory = Files.createTempDirectory("tibs-matching-");
            var config = new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    // A rebuild writes all profiles at once: large buffers make few segments to search
                    .setRAMBufferSizeMB(256);
            writer = new IndexWriter(new MMapDirectory(directory), config);
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                    var searcher = new IndexSearcher(reader);
                    // Every company's query is different: caching its clauses would only cost time
                    searcher.setQueryCache(null);
                    return searcher;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(Document document) {
        try {
            writer.addDocument(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void put(UUID companyId, Document document) {
        try {
            writer.updateDocument(idTerm(companyId), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(UUID companyId) {
        try {
            writer.deleteDocuments(idTerm(companyId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Term idTerm(UUID companyId) {
        return new Term(ProfileDocument.ID, companyId.toString());
    }

    /** Merges the index into one segment, which searches fastest; worth it after a rebuild. */
    void mergeSegments() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes all changes so far visible to searches. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A searcher that sees one state of the index however long it is used. */
    Searcher acquire() {
        try {
            return new Searcher(searchers.acquire());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            IOUtils.rm(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Receives the companies a query finds and says from which query score on others are still worth finding. */
    interface Visitor {
        /** Visits one company found with this query score; returns the lowest query score still of interest. */
        double visit(UUID companyId, float queryScore);
    }

    /** One state of the index, to search and release. */
    final class Searcher implements AutoCloseable {
        private final IndexSearcher searcher;

        private Searcher(IndexSearcher searcher) {
            this.searcher = searcher;
        }

        /**
         * Shows the visitor every company the query finds, except those Lucene can tell score below what the
         * visitor last asked for: it skips them by the clauses' maximum scores without scoring them.
         */
        void search(Query query, Visitor visitor) {
            try {
                searcher.search(query, VisitingCollector.manager(visitor));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
