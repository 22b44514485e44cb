package org.yieldplan.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yieldplan.json.JsonInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yieldplan.scenario.ScenarioInvalid;
import org.yieldplan.web.api.ApiError;
import org.yieldplan.web.library.ComputeBusy;
import org.yieldplan.web.library.CostBudget;
import org.yieldplan.web.library.StillComputing;
import org.yieldplan.web.pages.ComputingPage;
import org.yieldplan.web.store.StoreFailure;
import org.yieldplan.web.pages.ErrorPage;
import org.yieldplan.web.pages.Pages;

/**
 * The one place where failures become responses: JSON ({@code {error, problems}}) under
 * {@code /api/}, an error page elsewhere. Bad input is a 4xx with the user's message; anything
 * unexpected is logged and answered with a plain 500 message. No stack trace ever reaches a user.
 */
public final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private static final int REFRESH_SECONDS = 2;

    private final Pages pages;

    public ErrorMapping(Pages pages) {
        this.pages = pages;
    }

    /** Registers the exception and status handlers. */
    public void register(RoutesConfig routes) {
        routes.exception(WebError.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage(), e.problems()));
        routes.exception(JsonInputException.class, (e, ctx) -> respond(ctx, 400, e.getMessage(),
                List.of(Problem.of(e.getMessage()))));
        routes.exception(ScenarioInvalid.class, (e, ctx) -> respond(ctx, 422, e.getMessage(), e.problems().stream()
                .map(p -> Problem.ofField(p.field(), p.message())).toList()));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> respond(ctx, 422, e.getMessage(),
                List.of(Problem.of(e.getMessage()))));
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), message(e, ctx), List.of()));
        routes.exception(CostBudget.Exceeded.class, (e, ctx) -> respond(ctx, 422, e.getMessage(),
                CostBudget.Exceeded.FIELDS.stream().map(f -> Problem.ofField(f, e.getMessage())).toList()));
        routes.exception(ComputeBusy.class, (e, ctx) -> {
            ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
            respond(ctx, 503, e.getMessage(), List.of());
        });
        routes.exception(StillComputing.class, this::stillComputing);
        routes.exception(StoreFailure.class, (e, ctx) -> {
            LOG.warn("store failure on {} {}: {}", ctx.method(), ctx.path(), e.getCause() == null ? e : e.getCause().getMessage());
            if (e.kind() == StoreFailure.Kind.BUSY) {
                ctx.header("Retry-After", "2");
            }
            respond(ctx, e.kind().status(), e.getMessage(), List.of());
        });
        routes.exception(SQLException.class, (e, ctx) -> {
            LOG.warn("store failure on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "2");
            respond(ctx, 503, "the store could not be read (" + e.getMessage() + "); try again in a moment", List.of());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "something went wrong on our side; the error has been logged", List.of());
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                respond(ctx, 404, "there is no page at " + ctx.path(), List.of());
            }
        });
    }

    /** 202: the result is being computed in the background; the page reloads itself, the API says how far it is. */
    private void stillComputing(StillComputing e, Context ctx) {
        int percent = (int) Math.floor(e.progress() * 100);
        ctx.header("Retry-After", Integer.toString(REFRESH_SECONDS));
        if (ctx.path().startsWith("/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "computing");
            body.put("id", e.entry().id());
            body.put("progress", e.progress());
            ctx.status(202).json(body);
        } else {
            pages.render(ctx, 202, "computing.jte", new ComputingPage(e.entry().scenario().name(), percent, REFRESH_SECONDS));
        }
    }

    /** Writes the error as JSON or as a page, whichever the path calls for. */
    public void respond(Context ctx, int status, String message, List<Problem> problems) {
        String text = message == null || message.isBlank() ? "the request could not be served" : message;
        if (ctx.path().startsWith("/api/")) {
            ctx.status(status).json(new ApiError(text, problems));
        } else {
            pages.render(ctx, status, "error.jte", new ErrorPage(status, text, problems));
        }
    }

    private static String message(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 413 -> "the request is too large";
            case 404 -> "there is no page at " + ctx.path();
            case 405 -> ctx.method() + " is not allowed at " + ctx.path();
            default -> e.getMessage();
        };
    }
}
