package dev.architect.spi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One HTTP exchange on the loopback address, for warming a provider's request path up without the network: opens a
 * socket on 127.0.0.1, lets {@code client} send one request to its base URL, and answers it with {@code status} and
 * {@code jsonBody}. Nothing leaves the machine.
 */
public final class LoopbackExchange {

    /** How long each side waits for the other: generous, as a warm-up in a fresh JVM on a busy machine is slow. */
    private static final int WAIT_MILLIS = 30_000;

    private LoopbackExchange() {
    }

    /**
     * Runs one exchange and returns once the client has had its answer.
     *
     * @param status   the HTTP status of the answer
     * @param jsonBody the JSON body of the answer
     * @param client   given the base URL ({@code http://127.0.0.1:<port>}), sends one request to it
     * @throws IOException when the loopback socket cannot be opened
     */
    public static void run(int status, String jsonBody, Consumer<String> client) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(WAIT_MILLIS);
            Thread server = new Thread(() -> answer(socket, status, jsonBody), "architect-loopback");
            server.setDaemon(true);
            server.start();
            client.accept("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    private static void answer(ServerSocket socket, int status, String jsonBody) {
        try (Socket s = socket.accept()) {
            s.setSoTimeout(WAIT_MILLIS);
            readRequest(s.getInputStream());
            byte[] body = jsonBody.getBytes(StandardCharsets.UTF_8);
            OutputStream out = s.getOutputStream();
            out.write(("HTTP/1.1 " + status + " OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        } catch (IOException ignored) {
            // the client side sees the failure, and a warm-up may fail
        }
    }

    /** Reads the request head and as many body bytes as its Content-Length says. */
    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        long length = 0;
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        in.skipNBytes(length);
    }
}
