using System.Text;
using System.Text.Json.Nodes;
using FeedbackCollector.Testing;

namespace FeedbackCollector.Web.Tests.Webhooks.Normalizers;

/// <summary>The real provider bodies from ../shared/corpora/webhooks, optionally edited as JSON.</summary>
internal static class WebhookBodies
{
    public static JsonNode Load(string file) => JsonNode.Parse(File.ReadAllText(Corpora.PathOf("webhooks/" + file)))!;

    public static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    /// <summary>Stripe fixture objects become events the way Stripe sends them: the object as data.object.</summary>
    public static JsonNode StripeEvent(string objectName, string type, bool livemode = true, Action<JsonNode>? edit = null)
    {
        var obj = Load("stripe_objects.json")[objectName]!.DeepClone();
        edit?.Invoke(obj);
        return new JsonObject
        {
            ["id"] = "evt_test_1",
            ["object"] = "event",
            ["type"] = type,
            ["livemode"] = livemode,
            ["created"] = 1772445600,
            ["data"] = new JsonObject { ["object"] = obj },
        };
    }
}
