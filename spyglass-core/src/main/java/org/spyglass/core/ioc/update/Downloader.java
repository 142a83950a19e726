package org.spyglass.core.ioc.update;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Small HTTP GET helper with timeouts and a size cap. Thread-safe. */
final class Downloader {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /** A download that did not give a usable body; the message is a short reason ("HTTP 404", "timed out"). */
    static final class DownloadException extends IOException {
        private static final long serialVersionUID = 1L;

        DownloadException(String message) {
            super(message);
        }

        DownloadException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final long maxBytes;

    Downloader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The body of a 200 answer to GET {@code url}. */
    byte[] get(URI url) throws DownloadException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(REQUEST_TIMEOUT)
                .header("User-Agent", "spyglass (indicator update)")
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new DownloadException("the server answered HTTP " + response.statusCode());
                }
                byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (content.length > maxBytes) {
                    throw new DownloadException("it is larger than " + (maxBytes >> 20) + " MiB");
                }
                return content;
            }
        } catch (HttpTimeoutException e) {
            throw new DownloadException("the server did not answer in time", e);
        } catch (ConnectException e) {
            throw new DownloadException("cannot connect to " + url.getHost(), e);
        } catch (IllegalArgumentException e) {
            throw new DownloadException("the URL is not usable", e);
        } catch (DownloadException e) {
            throw e;
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new DownloadException(reason, e);
        }
    }
}
