using Briefing.Model;

namespace Briefing.Readers.PlainText;

/// <summary>
/// Turns the units under an FAQ heading into entries. Questions come from the sidecar (in answer order), else from
/// question lines in the source, else a marked fallback with a warning naming the answer's line.
/// </summary>
internal static class FaqBuilder
{
    /// <summary>Builds the FAQ entries.</summary>
    /// <param name="units">Units after the FAQ heading.</param>
    /// <param name="sidecar">The sidecar, whose faq: list supplies questions.</param>
    /// <param name="path">The source path, for warnings.</param>
    /// <param name="slugger">The document's slugger.</param>
    /// <param name="blocks">Makes answer blocks from units (paragraphs, lists).</param>
    /// <param name="warnings">Receives warnings.</param>
    public static List<FaqEntry> Build(IReadOnlyList<Unit> units, Sidecar? sidecar, string path, Slugger slugger,
        Func<IReadOnlyList<Unit>, List<Block>> blocks, List<Diagnostic> warnings)
    {
        // Group units into (question line?, answer units).
        var groups = new List<(Unit? Question, List<Unit> Answer)>();
        var sourceHasQuestions = units.Any(u => u.Kind == UnitKind.Text && LineShapes.LooksLikeQuestion(u.Text));
        foreach (var u in units)
        {
            var isQuestion = sourceHasQuestions && u.Kind == UnitKind.Text && LineShapes.LooksLikeQuestion(u.Text);
            if (isQuestion) groups.Add((u, []));
            else if (!sourceHasQuestions && u.Kind == UnitKind.Text) groups.Add((null, [u]));
            else if (groups.Count == 0) groups.Add((null, [u]));
            else groups[^1].Answer.Add(u);
        }
        groups.RemoveAll(g => g.Question is null && g.Answer.Count == 0);

        var sidecarQuestions = sidecar?.Faq ?? [];
        if (sidecarQuestions.Count > groups.Count)
        {
            var surplus = groups.Count;
            var line = surplus < sidecar!.FaqLines.Count ? sidecar.FaqLines[surplus] : 0;
            throw new InputException(sidecar.Path, line,
                $"the sidecar lists {sidecarQuestions.Count} FAQ questions but the source has {groups.Count} answers; \"{sidecarQuestions[surplus]}\" has no answer");
        }

        var entries = new List<FaqEntry>();
        for (var k = 0; k < groups.Count; k++)
        {
            var (question, answerUnits) = groups[k];
            var answerLine = answerUnits.FirstOrDefault()?.Line ?? question?.Line ?? 0;
            string text;
            QuestionSource source;
            int line;
            if (k < sidecarQuestions.Count)
            {
                (text, source, line) = (sidecarQuestions[k].Trim(), QuestionSource.Sidecar, question?.Line ?? answerLine);
                // A question line the sidecar replaces is still source text: keep it at the head of the answer.
                if (question is not null && !string.Equals(question.Text, text, StringComparison.Ordinal))
                    answerUnits.Insert(0, question with { SingleLineBlock = false });
            }
            else if (question is not null) (text, source, line) = (question.Text, QuestionSource.Source, question.Line);
            else
            {
                text = $"Question {k + 1} (missing from the source)";
                (source, line) = (QuestionSource.Inferred, answerLine);
                warnings.Add(new Diagnostic(path, answerLine,
                    $"FAQ answer {k + 1} has no question; add it to the sidecar's faq: list ({Sidecar.PathFor(path) ?? Path.ChangeExtension(path, ".yaml")})"));
            }
            entries.Add(new FaqEntry(new Heading(slugger.Slug(text, "question"), Inlines.Text(SmartPunctuation.Apply(text)), line), blocks(answerUnits), source));
        }
        return entries;
    }
}
