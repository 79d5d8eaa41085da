package io.fabriclint.server;

import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * The server's reading side, in place of LSP4J's StreamMessageProducer: frames from a
 * {@link FrameReader} become JSON-RPC messages for LSP4J, and what cannot be read is logged in one
 * line and answered. A request whose frame was broken is answered with ParseError for its id (when
 * its id can be found); a body that is not JSON with ParseError and a null id (JSON-RPC 2.0); a
 * request whose params do not fit its method's types with InvalidParams. Reading always goes on.
 */
final class ProtocolMessageProducer implements MessageProducer, Closeable {
    private final FrameReader frames;
    private final MessageJsonHandler json;
    private final MessageIssueHandler replies;
    private final Consumer<String> log;
    private volatile boolean running;

    /**
     * @param replies answers a request with an error (LSP4J's RemoteEndpoint)
     * @param log     one line per problem (the server's standard error)
     */
    ProtocolMessageProducer(FrameReader frames, MessageJsonHandler json, MessageIssueHandler replies, Consumer<String> log) {
        this.frames = frames;
        this.json = json;
        this.replies = replies;
        this.log = log;
    }

    @Override
    public void listen(MessageConsumer consumer) {
        running = true;
        try {
            while (running) {
                FrameReader.Frame frame = frames.next();
                if (frame == null) {
                    return;
                }
                if (frame instanceof FrameReader.Broken broken) {
                    answerBroken(broken);
                } else if (frame instanceof FrameReader.Body body) {
                    if (body.warning() != null) {
                        log.accept("protocol error: " + body.warning());
                    }
                    deliver(body.json(), consumer);
                }
            }
        } catch (IOException e) {
            if (!JsonRpcException.indicatesStreamClosed(e)) {
                throw new JsonRpcException(e);
            }
        } finally {
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
    }

    private void deliver(byte[] body, MessageConsumer consumer) {
        Message message;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            message = json.parseMessage(reader);
        } catch (MessageIssueException e) {
            answerUnfit(e.getRpcMessage(), e.getIssues(), body);
            return;
        } catch (IOException | RuntimeException e) {
            answerParseError(e);
            return;
        }
        if (message == null) {
            answerParseError(new IllegalArgumentException("the message is null"));
            return;
        }
        try {
            consumer.consume(message);
        } catch (MessageIssueException e) {
            replies.handle(e.getRpcMessage(), e.getIssues());
        } catch (RuntimeException e) {
            log.accept("handling " + describe(message) + " failed: " + firstLine(e));
        }
    }

    /** A frame that could not be read: answer the request it was, if its id can be found. */
    private void answerBroken(FrameReader.Broken broken) {
        Salvaged what = Salvaged.of(broken.bytes());
        String text = "the message could not be read: " + broken.reason();
        if (what.method() != null && what.id() != null) {
            log.accept("protocol error: " + broken.reason() + "; request " + what.id().get() + " '" + what.method()
                    + "' is answered with ParseError");
            RequestMessage request = new RequestMessage();
            request.setRawId(what.id());
            request.setMethod(what.method());
            replies.handle(request, List.of(new MessageIssue(text, ResponseErrorCode.ParseError.getValue())));
        } else if (what.method() != null || what.response()) {
            log.accept("protocol error: " + broken.reason() + "; " + (what.response() ? "a response" : "notification '"
                    + what.method() + "'") + " is dropped");
        } else {
            log.accept("protocol error: " + broken.reason());
            replies.handle(new RequestMessage(), List.of(new MessageIssue(text, ResponseErrorCode.ParseError.getValue())));
        }
    }

    /** A message LSP4J could not map to its method's types: InvalidParams if the JSON was well formed. */
    private void answerUnfit(Message message, List<MessageIssue> issues, byte[] body) {
        String method = message instanceof RequestMessage r ? r.getMethod()
                : message instanceof NotificationMessage n ? n.getMethod() : null;
        boolean wellFormed = wellFormed(body);
        String detail = issues.isEmpty() ? "" : issues.get(0).getCause() != null ? firstLine(issues.get(0).getCause())
                : issues.get(0).getText();
        ResponseErrorCode code = wellFormed ? ResponseErrorCode.InvalidParams : ResponseErrorCode.ParseError;
        String text = wellFormed ? "invalid params for '" + method + "': " + detail : "the message is not valid JSON: " + detail;
        if (message instanceof RequestMessage request && request.getRawId() != null) {
            log.accept("protocol error: " + text + "; request " + request.getId() + " is answered with " + code);
            replies.handle(request, List.of(new MessageIssue(text, code.getValue())));
        } else {
            log.accept("protocol error: " + text + "; " + describe(message) + " is dropped");
        }
    }

    private void answerParseError(Exception e) {
        String text = "the message is not JSON-RPC: " + firstLine(e);
        log.accept("protocol error: " + text);
        replies.handle(new RequestMessage(), List.of(new MessageIssue(text, ResponseErrorCode.ParseError.getValue())));
    }

    private static boolean wellFormed(byte[] body) {
        try {
            JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String describe(Message m) {
        if (m instanceof RequestMessage r) {
            return "request " + r.getId() + " '" + r.getMethod() + "'";
        }
        if (m instanceof NotificationMessage n) {
            return "notification '" + n.getMethod() + "'";
        }
        return "a response";
    }

    /** The first line of the innermost message of an exception (Gson's are wrapped, with the class name). */
    static String firstLine(Throwable t) {
        String message = null;
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null) {
                message = c.getMessage();
            }
        }
        return message == null ? t.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    /** The id and method at the start of a broken message's bytes, as far as they can be read. */
    record Salvaged(Either<String, Number> id, String method, boolean response) {
        static Salvaged of(byte[] bytes) {
            Either<String, Number> id = null;
            String method = null;
            boolean response = false;
            try (JsonReader r = new JsonReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
                r.setStrictness(Strictness.LENIENT);
                r.beginObject();
                while (r.hasNext() && (id == null || method == null)) {
                    String name = r.nextName();
                    if (name.equals("id") && r.peek() == JsonToken.NUMBER) {
                        id = Either.forRight(new BigDecimal(r.nextString()));
                    } else if (name.equals("id") && r.peek() == JsonToken.STRING) {
                        id = Either.forLeft(r.nextString());
                    } else if (name.equals("method") && r.peek() == JsonToken.STRING) {
                        method = r.nextString();
                    } else {
                        response |= name.equals("result") || name.equals("error");
                        r.skipValue();
                    }
                }
            } catch (IOException | RuntimeException e) {
                // what was read so far is all there is
            }
            return new Salvaged(id, method, response);
        }
    }
}
