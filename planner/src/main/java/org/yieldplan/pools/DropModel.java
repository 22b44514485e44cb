package org.yieldplan.pools;

import java.time.OffsetDateTime;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.Trainer;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A trained APY-drop model: the probability that a pool's APY drops ({@link DropRule}) from its
 * features ({@link DropFeatures}). Made by {@link #train}; immutable; safe to share between threads
 * for {@link #probDown}.
 */
public final class DropModel {

    private static final String DOWN = "down";
    private static final String KEPT = "kept";
    private static final LabelFactory LABELS = new LabelFactory();
    private static final String[] NAMES = DropFeatures.NAMES.toArray(String[]::new);

    private final Model<Label> model;
    private final double[] mean;
    private final double[] scale;
    private final double downRate;

    private DropModel(Model<Label> model, double[] mean, double[] scale, double downRate) {
        this.model = model;
        this.mean = mean;
        this.scale = scale;
        this.downRate = downRate;
    }

    /**
     * Trains a model on labelled examples.
     *
     * @param examples pool-days with a known outcome (both outcomes must occur)
     * @param learner  how to learn
     */
    public static DropModel train(List<DropExample> examples, DropLearner learner) {
        long down = examples.stream().filter(DropExample::down).count();
        if (down == 0 || down == examples.size()) {
            throw new IllegalArgumentException("training needs pools that dropped and pools that did not; got "
                    + down + " drops in " + examples.size() + " pool-days");
        }
        int k = NAMES.length;
        double[] mean = new double[k];
        double[] scale = new double[k];
        for (DropExample e : examples) {                        // standardise: (x − mean) / sd
            for (int j = 0; j < k; j++) {
                mean[j] += e.features()[j] / examples.size();
            }
        }
        for (DropExample e : examples) {
            for (int j = 0; j < k; j++) {
                scale[j] += Math.pow(e.features()[j] - mean[j], 2) / examples.size();
            }
        }
        for (int j = 0; j < k; j++) {
            scale[j] = scale[j] > 0 ? Math.sqrt(scale[j]) : 1;
        }
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("pool-days", OffsetDateTime.parse("2025-01-01T00:00Z"), LABELS), LABELS);
        for (DropExample e : examples) {
            data.add(example(new Label(e.down() ? DOWN : KEPT), e.features(), mean, scale));
        }
        return new DropModel(trainer(learner).train(data), mean, scale, (double) down / examples.size());
    }

    /** The probability that the APY drops, 0-1. */
    public double probDown(double[] features) {
        Prediction<Label> p = model.predict(example(LabelFactory.UNKNOWN_LABEL, features, mean, scale));
        Label score = p.getOutputScores().get(DOWN);
        return score == null ? 0 : score.getScore();
    }

    /** The share of the training pool-days that dropped. */
    public double downRate() {
        return downRate;
    }

    private static Example<Label> example(Label label, double[] features, double[] mean, double[] scale) {
        double[] v = new double[features.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = (features[j] - mean[j]) / scale[j];
        }
        return new ArrayExample<>(label, NAMES, v);
    }

    private static Trainer<Label> trainer(DropLearner learner) {
        // Tribuo's LogisticRegressionTrainer settings (log loss, AdaGrad 1.0/0.1, 5 epochs, batches of 1, its
        // default seed) without its progress log
        return new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(1.0, 0.1), 5, Integer.MAX_VALUE, 1, Trainer.DEFAULT_SEED);
    }
}
