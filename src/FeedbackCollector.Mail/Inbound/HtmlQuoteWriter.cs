using System.Text;

namespace FeedbackCollector.Mail.Inbound;

/// <summary>
/// Writes the text of an HTML reply line by line, starting every line inside a quoted region with "&gt; ",
/// so the plain-text quote remover treats an HTML quote exactly like a text one (and keeps the customer's
/// inline answers between quoted blocks). One marker per line whatever the depth: deep nesting costs nothing.
/// </summary>
internal sealed class HtmlQuoteWriter(int capacity)
{
    private readonly StringBuilder _text = new(capacity);
    private bool _atLineStart = true;

    public bool Quoted { get; set; }

    public void Append(string chunk)
    {
        var start = 0;
        while (start < chunk.Length)
        {
            var end = chunk.IndexOf('\n', start);
            var piece = end < 0 ? chunk.AsSpan(start) : chunk.AsSpan(start, end - start);
            if (_atLineStart && Quoted && !piece.IsWhiteSpace()) _text.Append("> ");
            if (!piece.IsWhiteSpace() || !_atLineStart) _atLineStart = false;
            _text.Append(piece);
            if (end < 0) break;
            NewLine();
            start = end + 1;
        }
    }

    public void NewLine()
    {
        _text.Append('\n');
        _atLineStart = true;
    }

    public override string ToString() => _text.ToString();
}
