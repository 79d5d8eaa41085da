package io.fabriclint.server;

import java.util.Optional;

/**
 * Ends the server when the editor that started it is gone (LSP: `processId` in
 * `initialize`; `--clientProcessId` on the command line), so that an editor that
 * crashes or is killed leaves no server behind.
 */
public final class ClientProcessWatch {
    private ClientProcessWatch() {
    }

    /**
     * Runs {@code whenGone} once, on another thread, after process {@code pid} ends.
     * A process that cannot be seen at all (already gone, or in another PID namespace, as
     * for an editor outside the container the server runs in) is not watched: the
     * server then ends with its input, as always.
     *
     * @return whether the process is watched
     */
    public static boolean watch(long pid, Runnable whenGone) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive() || pid == ProcessHandle.current().pid()) {
            return false;
        }
        process.get().onExit().thenRun(whenGone);
        return true;
    }
}
