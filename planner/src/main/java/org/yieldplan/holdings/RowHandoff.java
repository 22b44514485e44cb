package org.yieldplan.holdings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A sheet read on two threads: one reads its XML into rows of cells, the caller's turns the rows into holdings
 * ({@link SheetScan}), each row in the order read, with the same result as reading and taking each row in turn.
 * On a large sheet the two halves of the work run at once, and each half is compiled by the JIT as a piece of its
 * own (one piece for both took longer to compile than a 100,000-row sheet takes to read).
 *
 * <p>The reader hands over rows in batches through a short queue, so a few thousand rows at most are waiting. When
 * the scan needs no more of the sheet, the reader stops at its next row's end. What the reader throws (a damaged
 * file, a hostile one) is thrown again on the caller's thread, after the rows read before it were taken, unless the
 * scan had stopped before: the reader was then reading ahead of what a reading in turn would have reached.
 */
final class RowHandoff {

    /** Where a reader puts each row as it ends. */
    interface Rows {
        /**
         * Takes a row.
         *
         * @param number the row number as Excel shows it
         * @param cells  the cells from column A (may be cut at {@link #widestColumn()})
         * @param links  formulas in the row that refer to other workbooks, in the order met, or null for none
         * @return false when the rest of the sheet is not needed
         */
        boolean row(int number, List<RawCell> cells, List<ExternalLink> links);

        /** The last column the scan needs (cells further right may be left out). */
        int widestColumn();
    }

    /** Reads a sheet's rows into {@code rows}. */
    @FunctionalInterface
    interface Reader {
        void read(Rows rows) throws Exception;
    }

    /** A formula that refers to another workbook ({@link SheetScan#externalReference}). */
    record ExternalLink(int row, int column, String formula, String linkedFile) {
    }

    /** Rows a batch holds. */
    private static final int BATCH = 256;
    /** Batches waiting at most. */
    private static final int WAITING = 8;

    private record Row(int number, List<RawCell> cells, List<ExternalLink> links) {
    }

    /** Rows, or the reader's end: {@code last}, with what it threw if it failed. */
    private record Batch(List<Row> rows, boolean last, Throwable failure) {
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(WAITING);
    /** The scan's widest column, for the reader to leave out what it does not need; a cut the scan makes again. */
    private volatile int widest = Integer.MAX_VALUE;
    private volatile boolean stopped;
    /** The reader's end was taken (the taker's own). */
    private boolean ended;
    private List<Row> batch = new ArrayList<>(BATCH);

    private RowHandoff() {
    }

    /**
     * Reads a sheet with {@code reader} on a thread of its own and hands each row to {@code sheet} on this one.
     *
     * @throws Exception what the reader or the scan threw
     */
    static void read(SheetScan sheet, Reader reader) throws Exception {
        RowHandoff handoff = new RowHandoff();
        Thread thread = new Thread(() -> handoff.produce(reader), "sheet reader: " + sheet.name());
        thread.setDaemon(true);
        thread.start();
        try {
            handoff.consume(sheet);
        } finally {
            handoff.stopped = true;
            while (!handoff.ended) {
                handoff.take();                                      // lets the reader put its end and finish
            }
        }
    }

    private void produce(Reader reader) {
        Throwable failure = null;
        try {
            reader.read(new Rows() {
                @Override
                public boolean row(int number, List<RawCell> cells, List<ExternalLink> links) {
                    return put(new Row(number, cells, links));
                }

                @Override
                public int widestColumn() {
                    return widest;
                }
            });
        } catch (Throwable e) {
            failure = e;
        }
        put(new Batch(batch, true, failure));
    }

    /** Takes rows until the reader's end or until the scan needs no more. */
    private void consume(SheetScan sheet) throws Exception {
        while (true) {
            Batch b = take();
            for (Row r : b.rows()) {
                if (stopped) {
                    break;
                }
                if (r.links() != null) {
                    for (ExternalLink l : r.links()) {
                        if (l.column() <= sheet.widestColumn()) {
                            sheet.externalReference(l.row(), l.column(), l.formula(), l.linkedFile());
                        }
                    }
                }
                if (!sheet.row(r.number(), cut(r.cells(), sheet.widestColumn()))) {
                    stopped = true;
                }
                widest = sheet.widestColumn();
            }
            if (b.last()) {
                if (b.failure() != null && !stopped) {
                    throw rethrown(b.failure());
                }
                return;
            }
            if (stopped) {
                return;
            }
        }
    }

    /** The reader's row into the batch, the batch to the queue when full; false when the taker has stopped. */
    private boolean put(Row row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            put(new Batch(batch, false, null));
            batch = new ArrayList<>(BATCH);
        }
        return !stopped;
    }

    /**
     * The cells up to the widest column the scan needs, as a reader that knew it would have kept them: none
     * further right, and so no empty places before one.
     */
    static List<RawCell> cut(List<RawCell> cells, int widest) {
        if (cells.size() <= widest + 1L) {
            return cells;
        }
        int end = widest + 1;
        while (end > 0 && cells.get(end - 1) == null) {
            end--;
        }
        return new ArrayList<>(cells.subList(0, end));
    }

    private void put(Batch b) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(b);
                break;
            } catch (InterruptedException e) {
                interrupted = true;                                  // the batch must still reach the taker
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Batch take() throws InterruptedException {
        Batch b = queue.take();
        ended |= b.last();
        return b;
    }

    private static Exception rethrown(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof Exception e) {
            return e;
        }
        return new IOException(t);
    }
}
