using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Local.Tests.TestSupport;

public static class Emails
{
    public static OutboundEmail Ask(string to = "ann@example.com", string messageId = "ask.a123@shop.example.com") => new(
        To: to,
        From: "Shop <hello@shop.example.com>",
        ReplyTo: "r-token123@reply.example.com",
        Subject: "How was your visit, Ann?",
        TextBody: "Tap a star: https://shop.example.com/t/abc",
        HtmlBody: "<p>Tap a star</p>",
        Headers: new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = "<https://shop.example.com/u/abc>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        },
        MessageId: messageId);
}
