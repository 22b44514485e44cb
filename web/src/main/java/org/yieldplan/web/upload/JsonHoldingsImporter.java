package org.yieldplan.web.upload;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.yieldplan.holdings.PriceTable;
import org.yieldplan.json.Json;
import org.yieldplan.json.JsonInputException;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.web.Problem;
import org.yieldplan.web.WebError;

/**
 * Holdings as JSON: an array of holdings, or an object with a {@code holdings} array, each in the
 * scenario file's holding format ({@code {asset, valueUsd, bucket, ...}}).
 */
public final class JsonHoldingsImporter implements HoldingsImporter {

    /** True when the bytes start (after white space and a byte-order mark) with {@code [} or {@code {}. */
    public static boolean looksLikeJson(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 1024); i++) {
            int b = content[i] & 0xff;
            if (b == '[' || b == '{') {
                return true;
            }
            if (!(b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xef || b == 0xbb || b == 0xbf)) {
                return false;
            }
        }
        return false;
    }

    /** Reads the holdings; JSON holdings state their values, so {@code prices} is not used. */
    @Override
    public Result read(String filename, byte[] content, PriceTable prices) {
        if (!looksLikeJson(content)) {
            throw new WebError(415, filename + ": not a holdings file this build can read (JSON holdings)");
        }
        try {
            JsonNode tree = SampleFiles.parse(filename, content, JsonNode.class);
            JsonNode list = tree.isObject() && tree.has("holdings") ? tree.get("holdings") : tree;
            if (!list.isArray()) {
                throw new WebError(422, filename + ": expected an array of holdings or {\"holdings\": [...]}");
            }
            List<Holding> out = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                try {
                    out.add(SampleFiles.parse(filename, Json.mapper().writeValueAsBytes(list.get(i)), Holding.class));
                } catch (JsonInputException | com.fasterxml.jackson.core.JsonProcessingException e) {
                    problems.add(new Problem(null, "holdings", i + 1, null, e.getMessage()));
                }
            }
            return new Result(out, problems);
        } catch (JsonInputException e) {
            throw new WebError(422, e.getMessage(), List.of(Problem.of(e.getMessage())));
        }
    }
}
