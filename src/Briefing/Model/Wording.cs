using System.Globalization;

namespace Briefing.Model;

/// <summary>
/// The words both editions add to a document (cover kind, "Contents", "Notes", the FAQ appendix, the page footer,
/// the EPUB's navigation labels, written dates) in the document's language: a German briefing says "Inhalt" and
/// "Seite 3 von 12", not "Contents" and "page 3 of 12". Languages without a wording here get English, marked as such.
/// </summary>
internal sealed record Wording
{
    /// <summary>The language these words are in ("en", "de", …).</summary>
    public required string Language { get; init; }
    /// <summary>What the document is, printed above its title on the cover.</summary>
    public required string Briefing { get; init; }
    /// <summary>The heading of the lede on the title page.</summary>
    public required string Summary { get; init; }
    /// <summary>The contents' heading.</summary>
    public required string Contents { get; init; }
    /// <summary>The endnotes chapter's heading.</summary>
    public required string Notes { get; init; }
    /// <summary>The endnotes chapter's heading when the author has a chapter called <see cref="Notes"/>.</summary>
    public required string Endnotes { get; init; }
    /// <summary>"Appendix", before the FAQ's heading.</summary>
    public required string Appendix { get; init; }
    /// <summary>"FAQ" spelt out.</summary>
    public required string Faq { get; init; }
    /// <summary>The default footer: {page} and {pages} are filled in.</summary>
    public required string PageOfPages { get; init; }
    /// <summary>"page", in a contents entry's description ("Energy, page 4").</summary>
    public required string Page { get; init; }
    /// <summary>A note's link back to the text that cites it.</summary>
    public required string BackToText { get; init; }
    /// <summary>An FAQ answer's link back to the questions.</summary>
    public required string BackToQuestions { get; init; }
    /// <summary>EPUB landmarks.</summary>
    public required string Landmarks { get; init; }
    /// <summary>EPUB landmark of the cover.</summary>
    public required string Cover { get; init; }
    /// <summary>EPUB landmark of the title page.</summary>
    public required string TitlePage { get; init; }
    /// <summary>EPUB landmark of the text's start.</summary>
    public required string StartOfText { get; init; }
    /// <summary>EPUB landmark of the FAQ appendix.</summary>
    public required string AppendixLandmark { get; init; }
    /// <summary>The EPUB page list's heading.</summary>
    public required string PrintedPages { get; init; }
    /// <summary>A heading with no words.</summary>
    public required string Untitled { get; init; }
    /// <summary>The FAQ appendix's list of questions (its name for assistive technology).</summary>
    public required string Questions { get; init; }
    /// <summary>Before an author's name ("by", "von").</summary>
    public required string By { get; init; }
    /// <summary>A task list item's state in words, for assistive technology: done …</summary>
    public required string Done { get; init; }
    /// <summary>… and not done yet.</summary>
    public required string NotDone { get; init; }
    /// <summary>"and", between the last two of several names.</summary>
    public required string And { get; init; }
    /// <summary>A colon and the space after it, as the language sets it (French puts a no-break space before).</summary>
    public string Colon => Language == "fr" ? "\u00A0: " : ": ";
    /// <summary>Month names, January first.</summary>
    public required IReadOnlyList<string> Months { get; init; }
    /// <summary>A written date from day, month name and year.</summary>
    public required Func<int, string, int, string> Date { get; init; }

    /// <summary>The cover picture's text alternative: "Cover: Title — Subtitle, by Author".</summary>
    public string CoverText(string title, string? subtitle, string? author) =>
        Cover + Colon + title + (subtitle is { } s ? " \u2014 " + s : "") + (author is { } a ? ", " + By + " " + a : "");

    /// <summary>Names joined as the language lists them: "A and B", "A, B and C".</summary>
    public string Names(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " " + And + " " + names[^1],
    };

    /// <summary>The date written out ("15 October 2026", "15. Oktober 2026").</summary>
    public string Written(DateOnly d) => Date(d.Day, Months[d.Month - 1], d.Year);

    /// <summary>The wording for a BCP 47 tag (by its language: "de-AT" → German); English when there is none.</summary>
    public static Wording For(string? language)
    {
        var primary = (language ?? "").Trim().Replace('_', '-').Split('-')[0].ToLowerInvariant();
        return primary switch
        {
            "de" => German,
            "fr" => French,
            "es" => Spanish,
            "it" => Italian,
            _ => English,
        };
    }

    /// <summary>Whether this wording is in the language of <paramref name="language"/> (else generated text is English
    /// in a document of another language, and is marked so).</summary>
    public bool Speaks(string? language) =>
        string.Equals(Language, (language ?? "").Trim().Replace('_', '-').Split('-')[0], StringComparison.OrdinalIgnoreCase);

    private static string Year(int y) => y.ToString(CultureInfo.InvariantCulture);

    public static readonly Wording English = new()
    {
        Language = "en", Briefing = "Briefing", Summary = "Summary", Contents = "Contents", Notes = "Notes", Endnotes = "Endnotes",
        Appendix = "Appendix", Faq = "Frequently Asked Questions", PageOfPages = "page {page} of {pages}", Page = "page",
        BackToText = "Back to the text", BackToQuestions = "Back to the list of questions", Landmarks = "Landmarks",
        Cover = "Cover", TitlePage = "Title page", StartOfText = "Start of the text",
        AppendixLandmark = "Appendix: questions and answers", PrintedPages = "Pages of the printed briefing",
        Untitled = "Untitled section", Questions = "Questions", By = "by", And = "and", Done = "done", NotDone = "not done",
        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        Date = (d, m, y) => $"{d} {m} {Year(y)}",
    };

    public static readonly Wording German = new()
    {
        Language = "de", Briefing = "Briefing", Summary = "Zusammenfassung", Contents = "Inhalt", Notes = "Anmerkungen", Endnotes = "Endnoten",
        Appendix = "Anhang", Faq = "Häufig gestellte Fragen", PageOfPages = "Seite {page} von {pages}", Page = "Seite",
        BackToText = "Zurück zum Text", BackToQuestions = "Zurück zur Liste der Fragen", Landmarks = "Orientierungspunkte",
        Cover = "Umschlag", TitlePage = "Titelseite", StartOfText = "Beginn des Textes",
        AppendixLandmark = "Anhang: Fragen und Antworten", PrintedPages = "Seiten der gedruckten Fassung",
        Untitled = "Abschnitt ohne Titel", Questions = "Fragen", By = "von", And = "und", Done = "erledigt", NotDone = "nicht erledigt",
        Months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        Date = (d, m, y) => $"{d}. {m} {Year(y)}",
    };

    // French sets a no-break space before a colon.
    public static readonly Wording French = new()
    {
        Language = "fr", Briefing = "Note de synthèse", Summary = "Résumé", Contents = "Table des matières", Notes = "Notes", Endnotes = "Notes de fin",
        Appendix = "Annexe", Faq = "Foire aux questions", PageOfPages = "page {page} sur {pages}", Page = "page",
        BackToText = "Retour au texte", BackToQuestions = "Retour à la liste des questions", Landmarks = "Repères",
        Cover = "Couverture", TitlePage = "Page de titre", StartOfText = "Début du texte",
        AppendixLandmark = "Annexe\u00A0: questions et réponses", PrintedPages = "Pages de l’édition imprimée",
        Untitled = "Section sans titre", Questions = "Questions", By = "par", And = "et", Done = "fait", NotDone = "à faire",
        Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        Date = (d, m, y) => $"{(d == 1 ? "1er" : d.ToString(CultureInfo.InvariantCulture))} {m} {Year(y)}",
    };

    public static readonly Wording Spanish = new()
    {
        Language = "es", Briefing = "Informe", Summary = "Resumen", Contents = "Índice", Notes = "Notas", Endnotes = "Notas finales",
        Appendix = "Apéndice", Faq = "Preguntas frecuentes", PageOfPages = "página {page} de {pages}", Page = "página",
        BackToText = "Volver al texto", BackToQuestions = "Volver a la lista de preguntas", Landmarks = "Puntos de referencia",
        Cover = "Cubierta", TitlePage = "Página de título", StartOfText = "Inicio del texto",
        AppendixLandmark = "Apéndice: preguntas y respuestas", PrintedPages = "Páginas de la edición impresa",
        Untitled = "Sección sin título", Questions = "Preguntas", By = "por", And = "y", Done = "hecho", NotDone = "pendiente",
        Months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        Date = (d, m, y) => $"{d} de {m} de {Year(y)}",
    };

    public static readonly Wording Italian = new()
    {
        Language = "it", Briefing = "Nota informativa", Summary = "Sintesi", Contents = "Indice", Notes = "Note", Endnotes = "Note finali",
        Appendix = "Appendice", Faq = "Domande frequenti", PageOfPages = "pagina {page} di {pages}", Page = "pagina",
        BackToText = "Torna al testo", BackToQuestions = "Torna all’elenco delle domande", Landmarks = "Punti di riferimento",
        Cover = "Copertina", TitlePage = "Frontespizio", StartOfText = "Inizio del testo",
        AppendixLandmark = "Appendice: domande e risposte", PrintedPages = "Pagine dell’edizione stampata",
        Untitled = "Sezione senza titolo", Questions = "Domande", By = "di", And = "e", Done = "fatto", NotDone = "da fare",
        Months = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        Date = (d, m, y) => $"{d} {m} {Year(y)}",
    };
}
