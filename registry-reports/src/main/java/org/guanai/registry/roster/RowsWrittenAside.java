package org.guanai.registry.roster;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * A sheet's rows written on a thread of their own while the caller reads the next ones (decision 042): an export's
 * reading (Hibernate, PostgreSQL) and its writing (SXSSF's rows, their temporary file's compression) had run one after
 * the other on one thread. The caller hands over each row's cells, already plain values (text, dates, numbers); only
 * the writer thread touches the sheet until {@link #finish} returns. A sheet of fewer rows than a batch never starts
 * the thread: its rows are written by the caller at {@link #finish}.
 */
final class RowsWrittenAside implements AutoCloseable {

    private static final int BATCH = 256;
    /** Batches handed over but not yet written: bounds the memory the rows take on their way. */
    private static final int BATCHES_AHEAD = 8;
    private static final Object[][] END = new Object[0][];

    private final Consumer<Object[]> writeRow;
    private final BlockingQueue<Object[][]> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private Thread writer;
    private volatile Throwable failure;
    private Object[][] batch = new Object[BATCH][];
    private int inBatch;
    private boolean ended;

    RowsWrittenAside(Consumer<Object[]> writeRow) {
        this.writeRow = writeRow;
    }

    /** One row's cells, written in the order given. */
    void add(Object[] cells) {
        batch[inBatch++] = cells;
        if (inBatch == BATCH) {
            if (writer == null) {
                writer = new Thread(this::writeHandedOver, "roster-rows");
                writer.setDaemon(true);
                writer.start();
            }
            handOver(batch);
            batch = new Object[BATCH][];
            inBatch = 0;
        }
    }

    /** Writes the last rows and waits until every row is written; a failure while writing is thrown here. */
    void finish() {
        Object[][] rest = Arrays.copyOf(batch, inBatch);
        inBatch = 0;
        if (writer == null) {
            ended = true;
            for (Object[] cells : rest) {
                writeRow.accept(cells);
            }
            return;
        }
        handOver(rest);
        end();
        throwIfFailed();
    }

    /**
     * Stops the writer thread once it has written what it was handed (the caller failed, or finished): the sheet is the
     * caller's again.
     */
    @Override
    public void close() {
        end();
    }

    private void handOver(Object[][] rows) {
        throwIfFailed();
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a sheet's rows", e);
        }
    }

    private void end() {
        if (ended) {
            return;
        }
        ended = true;
        if (writer == null) {
            return;
        }
        boolean interrupted = false;
        try {
            queue.put(END);
        } catch (InterruptedException e) {
            interrupted = true;
            writer.interrupt(); // it stops at its next batch
        }
        // The caller may close the workbook next: the writer must be done with it first.
        while (true) {
            try {
                writer.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeHandedOver() {
        try {
            for (Object[][] rows = queue.take(); rows != END; rows = queue.take()) {
                if (failure != null) {
                    continue; // keep taking, so that the caller never waits on a full queue
                }
                try {
                    for (Object[] cells : rows) {
                        writeRow.accept(cells);
                    }
                } catch (Throwable t) {
                    failure = t;
                }
            }
        } catch (InterruptedException e) {
            failure = e;
        }
    }

    private void throwIfFailed() {
        Throwable f = failure;
        if (f instanceof RuntimeException e) {
            throw e;
        }
        if (f instanceof Error e) {
            throw e;
        }
        if (f != null) {
            throw new IllegalStateException("writing a sheet's rows failed", f);
        }
    }
}
