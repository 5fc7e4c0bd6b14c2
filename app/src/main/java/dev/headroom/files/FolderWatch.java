// SPDX-License-Identifier: Apache-2.0
package dev.headroom.files;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Tells when some of a set of files change, once the changes have stopped for a while: an editor's save is several
 * writes (and often a rename), a {@code git checkout} many, and each burst should be heard once.
 *
 * <p>The folders holding the files are watched with the platform's {@link WatchService} (inotify on Linux), one
 * folder each and not their subfolders, so a header tree of a thousand folders costs a thousand watches and nothing
 * else. One daemon thread blocks in {@link WatchService#take()} until something happens and then in
 * {@link WatchService#poll(long, TimeUnit)} until {@code quiet} has passed without a change to a watched file; the
 * listener is called on that thread. Events for other files in the same folders (an editor's backup, a build's
 * output) are dropped; a lost-events overflow counts as a change of the folder itself.
 */
public final class FolderWatch implements AutoCloseable {

    /** Hears the files that changed in one burst. */
    @FunctionalInterface
    public interface Listener {
        /**
         * Called on the watch's own thread, never twice at once.
         *
         * @param changed the watched files written, created, replaced or deleted (or a folder whose events were lost)
         */
        void changed(Set<Path> changed);
    }

    private final WatchService service;
    private final long quietNanos;
    private final Listener listener;
    private final Thread thread;
    private final Map<Path, WatchKey> keys = new HashMap<>();
    private volatile Set<Path> files = Set.of();

    /**
     * A watch of nothing yet; {@link #watch} says what to watch.
     *
     * @param quiet how long no watched file may change before a burst is told
     * @throws IOException when the platform has no watch service to give
     */
    public FolderWatch(Duration quiet, Listener listener) throws IOException {
        if (quiet.isNegative()) {
            throw new IllegalArgumentException("the quiet time cannot be negative: " + quiet);
        }
        this.quietNanos = quiet.toNanos();
        this.listener = Objects.requireNonNull(listener, "listener");
        this.service = FileSystems.getDefault().newWatchService();
        this.thread = new Thread(this::run, "headroom-folder-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Watches {@code watched} (absolute paths) from now on instead of the files watched before: their folders are
     * watched, folders no longer needed are let go. Folders that do not exist are skipped.
     *
     * @return how many folders are watched
     * @throws IOException when a folder cannot be watched (the system's limit of watches, say)
     */
    public synchronized int watch(Set<Path> watched) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        for (Path file : watched) {
            Path folder = file.getParent();
            if (folder != null && Files.isDirectory(folder)) {
                folders.add(folder);
            }
        }
        for (Iterator<Map.Entry<Path, WatchKey>> it = keys.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Path, WatchKey> e = it.next();
            if (!folders.contains(e.getKey())) {
                e.getValue().cancel();
                it.remove();
            }
        }
        for (Path folder : folders) {
            if (!keys.containsKey(folder)) {
                keys.put(folder, folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
            }
        }
        files = Set.copyOf(watched);
        return keys.size();
    }

    /** Stops watching; the listener is not called after this returns, unless it is being called right now. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing is watched any more either way
        }
        thread.interrupt();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                while (changed.isEmpty()) {
                    collect(service.take(), changed);
                }
                long quietUntil = System.nanoTime() + quietNanos;
                for (long left = quietNanos; left > 0; left = quietUntil - System.nanoTime()) {
                    WatchKey key = service.poll(left, TimeUnit.NANOSECONDS);
                    if (key == null) {
                        break;
                    }
                    if (collect(key, changed)) {
                        quietUntil = System.nanoTime() + quietNanos;
                    }
                }
                listener.changed(Set.copyOf(changed));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Adds the watched files {@code key} tells of to {@code changed}; whether there was one. */
    private boolean collect(WatchKey key, Set<Path> changed) {
        Path folder = (Path) key.watchable();
        Set<Path> now = files;
        boolean any = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(folder);
                any = true;
            } else if (event.context() instanceof Path name && now.contains(folder.resolve(name))) {
                changed.add(folder.resolve(name));
                any = true;
            }
        }
        key.reset();
        return any;
    }
}
