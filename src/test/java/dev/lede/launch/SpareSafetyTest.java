package dev.lede.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks that keep a spare the user's own, each against what an attacker would plant: a
 * directory of another account or open to others, a FIFO or a link where a file should be, a
 * process id with a sign, a stale id, a request naming another process, a launcher with other rights.
 */
class SpareSafetyTest {
    private static final Map<String, String> NAMESPACES = Map.of("mnt", "mnt:[4026531841]", "pid", "pid:[4026531836]");
    private static final String STATUS = "Name:\tdash\nUmask:\t0022\nState:\tS (sleeping)\nUid:\t1000\t1000\t1000\t1000\n"
            + "Gid:\t1000\t1000\t1000\t1000\nGroups:\t24 27 1000 \nVmRSS:\t  1200 kB\n";
    private static final String CGROUP = "0::/user.slice/user-1000.slice/session-2.scope\n";

    @TempDir
    Path temp;

    @Test
    void processIds_areDigitsOnly_neverASignOrZero() {
        assertEquals(42, ProcFiles.pid("42"));
        for (String planted : new String[] {"-1", "-31482", "+5", "0", "042", "", "12a", "1 2", "99999999999"}) {
            assertEquals(0, ProcFiles.pid(planted), planted);
            assertEquals(0, SpareDirectory.pidOf("ready." + planted), planted);
        }
    }

    @Test
    void startTime_isField22_evenWhenTheCommandNameHoldsSpacesAndParentheses() throws IOException {
        String stat = "4242 (a) b (c) S 1 4242 4242 0 -1 4194560 120 0 0 0 3 1 0 0 20 0 2 0 987654 1000 200";
        assertEquals(987654, ProcFiles.startTime(stat));
        assertThrows(IOException.class, () -> ProcFiles.startTime("4242 (short) S 1"));
    }

    @Test
    void aSparesRecord_isAliveOnlyWithItsProcessStartTime() throws IOException {
        long self = ProcessHandle.current().pid();
        long started = ProcFiles.startTime(self);
        assertTrue(SpareDirectory.alive(new SpareDirectory.Entry(temp, "k", self, started)));
        // The same id with another start time: the process that had it is gone, this one is a stranger.
        assertFalse(SpareDirectory.alive(new SpareDirectory.Entry(temp, "k", self, started + 1)));
    }

    @Test
    void theUsersOwnDirectories_mode0700_areSafe() throws IOException {
        assertNull(SpareDirectory.unsafe(spares(temp.resolve("run"), "rwx------")));
    }

    @Test
    void aRuntimeDirectoryOpenToOthers_isNotUsed() throws IOException {
        assertNotNull(SpareDirectory.unsafe(spares(temp.resolve("run"), "rwxrwxrwx")));
        assertNotNull(SpareDirectory.unsafe(spares(temp.resolve("run2"), "rwxr-xr-x")));
    }

    @Test
    void aSpareDirectoryOpenToOthers_orALink_isNotUsed() throws IOException {
        Path open = spares(temp.resolve("run"), "rwx------");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwx---"));
        assertNotNull(SpareDirectory.unsafe(open));
        Path real = spares(temp.resolve("run2"), "rwx------");
        Path linked = Files.createSymbolicLink(real.resolveSibling("linked"), real);
        assertNotNull(SpareDirectory.unsafe(linked));
    }

    @Test
    void aRuntimeDirectoryOfAnotherUser_isNotUsed() throws IOException {
        assumeTrue(ProcFiles.ownUser() == 0, "only root can give a directory to another user");
        Path spares = spares(temp.resolve("run"), "rwx------");
        UserPrincipalLookupService users = temp.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(spares.getParent().getParent(), users.lookupPrincipalByName("nobody"));
        assertNotNull(SpareDirectory.unsafe(spares));
    }

    @Test
    void noRuntimeDirectoryCacheOrHome_meansNoSpares_neverTmp() {
        assertTrue(SpareDirectory.locate(Map.of(), "h").isEmpty());
        assertTrue(SpareDirectory.locate(Map.of("XDG_RUNTIME_DIR", "run"), "h").isEmpty());
        assertEquals(Path.of("/run/user/7/lede-spares/h"),
                SpareDirectory.locate(Map.of("XDG_RUNTIME_DIR", "/run/user/7", "HOME", "/home/u"), "h").orElseThrow());
        assertEquals(Path.of("/home/u/.cache/lede-spares/h"),
                SpareDirectory.locate(Map.of("HOME", "/home/u"), "h").orElseThrow());
    }

    @Test
    void aKeyThatIsAFifoOrALink_orNamesAnotherProcess_isNoSparesRecord() throws Exception {
        Path spare = Files.createDirectory(temp.resolve("ready.4242"));
        SpareDirectory.writeKey(spare, "java 17", 4242, 77);
        assertEquals(new SpareDirectory.Entry(spare, "java 17", 4242, 77), SpareDirectory.read(spare).orElseThrow());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(spare.resolve("key"))));

        Path fifo = Files.createDirectory(temp.resolve("ready.4243"));
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.resolve("key").toString()).start().waitFor());
        assertTrue(SpareDirectory.read(fifo).isEmpty()); // reading it would wait for good

        Path linked = Files.createDirectory(temp.resolve("ready.4244"));
        Files.createSymbolicLink(linked.resolve("key"), spare.resolve("key"));
        assertTrue(SpareDirectory.read(linked).isEmpty());

        Path other = Files.createDirectory(temp.resolve("ready.4245"));
        SpareDirectory.writeKey(other, "java 17", 1, 77);
        assertTrue(SpareDirectory.read(other).isEmpty());
    }

    @Test
    void aRequestNamingAProcessThatDoesNotHoldTheReply_isDeclined() throws Exception {
        Path reply = Files.createFile(temp.resolve("reply"));
        long self = ProcessHandle.current().pid();
        IOException declined = assertThrows(IOException.class, () -> Peer.verify(self, reply));
        assertTrue(declined.getMessage().contains("does not hold"), declined.getMessage());
        try (RandomAccessFile held = new RandomAccessFile(reply.toFile(), "r")) {
            assertTrue(Peer.holds(self, reply));
            assertEquals(ProcFiles.startTime(self), Peer.verify(self, reply)); // itself: same rights
        }
    }

    @Test
    void aLauncherWithOtherRights_isNotServed() {
        Credentials spare = Credentials.of(STATUS, CGROUP, NAMESPACES);
        assertNull(spare.differenceFrom(Credentials.of(STATUS.replace("Groups:\t24 27 1000 ", "Groups:\t24  27 1000"),
                CGROUP, NAMESPACES)));
        assertTrue(spare.differenceFrom(Credentials.of(STATUS.replace("Uid:\t1000\t1000", "Uid:\t0\t0"), CGROUP,
                NAMESPACES)).contains("Uid"));
        assertTrue(spare.differenceFrom(Credentials.of(STATUS.replace("24 27 1000", "24 1000"), CGROUP,
                NAMESPACES)).contains("Groups"));
        assertTrue(spare.differenceFrom(Credentials.of(STATUS.replace("0022", "0002"), CGROUP, NAMESPACES))
                .contains("Umask"));
        assertTrue(spare.differenceFrom(Credentials.of(STATUS, CGROUP,
                Map.of("mnt", "mnt:[4026532201]", "pid", "pid:[4026531836]"))).contains("mnt namespace"));
        assertTrue(spare.differenceFrom(Credentials.of(STATUS, "0::/user.slice/other.scope", NAMESPACES))
                .contains("control group"));
    }

    @Test
    void aSpareStarts_onlyWith512MbAvailable() {
        assertTrue(Spare.enoughMemory("MemTotal: 8000000 kB\nMemFree: 100000 kB\nMemAvailable: 600000 kB\n"));
        assertFalse(Spare.enoughMemory("MemTotal: 8000000 kB\nMemFree: 100000 kB\nMemAvailable: 400000 kB\n"));
        assertFalse(Spare.enoughMemory("MemTotal: 8000000 kB\nMemFree: 900000 kB\n"));
    }

    /** base/lede-spares/host, the base with {@code mode}, lede's two 0700. */
    private static Path spares(Path base, String mode) throws IOException {
        Path spares = Files.createDirectories(base.resolve("lede-spares/host"));
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString(mode));
        Files.setPosixFilePermissions(spares.getParent(), PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(spares, PosixFilePermissions.fromString("rwx------"));
        return spares;
    }
}
