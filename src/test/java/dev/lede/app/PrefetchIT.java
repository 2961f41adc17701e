package dev.lede.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.reader.Effect;
import dev.lede.reader.Msg;
import dev.lede.testing.LoopbackServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Related articles loaded ahead over real HTTP: how many, how many at once, and called off when the reader leaves. */
class PrefetchIT {
    private static final long WAIT_SECONDS = 20;

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> served = java.util.Collections.synchronizedList(new ArrayList<>());
    private final LoopbackServer server = new LoopbackServer()
            .route("/story/", exchange -> {
                int now = running.incrementAndGet();
                mostAtOnce.accumulateAndGet(now, Math::max);
                served.add(exchange.getRequestURI().getPath());
                try {
                    Thread.sleep(50); // long enough for a third at once to show, were it allowed
                    LoopbackServer.send(exchange, 200, "text/html", page(exchange.getRequestURI().getPath()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.decrementAndGet();
                }
            })
            .route("/held/", exchange -> {
                served.add(exchange.getRequestURI().getPath());
                try {
                    release.await(WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                LoopbackServer.send(exchange, 200, "text/html", page(exchange.getRequestURI().getPath()));
            });

    private final ArticleLoader loader =
            new ArticleLoader(new Fetcher(FetchOptions.defaults("test")), FetchOptions.DEFAULT_MAX_BYTES);
    private final BlockingQueue<Msg> inbox = new LinkedBlockingQueue<>();

    private static byte[] page(String path) {
        return ("<html><head><title>Story " + path + "</title></head><body><article><h1>Story " + path + "</h1>"
                + "<p>The body of the story at " + path + ", long enough to be read as an article body by anyone.</p>"
                + "<p>A second paragraph, so that there is something to page through and to read.</p>"
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    private List<String> urls(String prefix, int count) {
        List<String> urls = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            urls.add(server.url(prefix + i));
        }
        return urls;
    }

    private Set<String> prefetched(int count) throws InterruptedException {
        Set<String> ready = new HashSet<>();
        while (ready.size() < count) {
            Msg msg = inbox.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(msg != null, "only " + ready + " arrived");
            ready.add(assertInstanceOf(Msg.Prefetched.class, msg).target());
        }
        return ready;
    }

    /** Waits for {@code target} to be reported; the two held ones, cut off mid-request, may or may not be. */
    private void awaitPrefetched(String target) throws InterruptedException {
        while (true) {
            Msg msg = inbox.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(msg != null, target + " never arrived");
            if (assertInstanceOf(Msg.Prefetched.class, msg).target().equals(target)) {
                return;
            }
        }
    }

    @Test
    void prefetch_loadsTheFirstFive_twoAtATime() throws InterruptedException {
        List<String> related = urls("/story/", 7);
        try (EffectRunner runner = new EffectRunner(loader, inbox::add)) {
            runner.run(new Effect.Prefetch(server.url("/front"), related));
            assertEquals(Set.copyOf(related.subList(0, 5)), prefetched(5));
        }
        assertEquals(5, served.size(), "the sixth and seventh are not fetched: " + served);
        assertTrue(mostAtOnce.get() <= 2, "at most two at once, saw " + mostAtOnce.get());
    }

    @Test
    void prefetchCount_isConfigurable_andZeroTurnsItOff() throws InterruptedException {
        try (EffectRunner runner = new EffectRunner(loader, inbox::add, Places.none(), 2)) {
            runner.run(new Effect.Prefetch(server.url("/front"), urls("/story/", 7)));
            prefetched(2);
        }
        try (EffectRunner off = new EffectRunner(loader, inbox::add, Places.none(), 0)) {
            off.run(new Effect.Prefetch(server.url("/front"), urls("/story/", 7)));
        }
        assertEquals(2, served.size(), served.toString());
    }

    @Test
    void openingAPrefetchedArticle_withTheServerGone_needsNoNetwork() throws InterruptedException {
        List<String> related = urls("/story/", 3);
        try (EffectRunner runner = new EffectRunner(loader, inbox::add)) {
            runner.run(new Effect.Prefetch(server.url("/front"), related));
            prefetched(3);
            server.close();
            runner.run(new Effect.Load(7, related.get(1), false));
            // Answered on the spot, before run returned: nothing went near the network.
            Msg answer = inbox.poll();
            Msg.Loaded loaded = assertInstanceOf(Msg.Loaded.class, answer);
            assertEquals(7, loaded.request());
            assertTrue(loaded.article().title().contains("/story/2"), loaded.article().title());
        }
    }

    @Test
    void leavingTheArticle_callsOffWhatWasNotYetFetched() throws InterruptedException {
        try (EffectRunner runner = new EffectRunner(loader, inbox::add)) {
            runner.run(new Effect.Prefetch(server.url("/front"), urls("/held/", 5)));
            while (served.size() < 2) {
                Thread.onSpinWait(); // two requests are held at the server; three wait in the queue
            }
            runner.run(new Effect.Prefetch(server.url("/elsewhere"), urls("/story/", 1)));
            release.countDown();
            // The pool takes work in order: once the new article's related one is in, the called-off
            // three have had their turn, and did nothing.
            awaitPrefetched(server.url("/story/1"));
        }
        assertEquals(List.of("/held/1", "/held/2", "/story/1"), served.stream().sorted().toList());
    }
}
