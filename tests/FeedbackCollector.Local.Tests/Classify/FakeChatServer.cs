using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace FeedbackCollector.Local.Tests.Classify;

/// <summary>
/// A stand-in chat model on 127.0.0.1 speaking either OpenAI's /v1/chat/completions or Anthropic's /v1/messages.
/// Answer maps the reply text (the user message) to the model's raw text; Status, when set, fails every call.
/// </summary>
internal sealed class FakeChatServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly bool _anthropic;

    public FakeChatServer(bool anthropic)
    {
        _anthropic = anthropic;
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUri.ToString());
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public Uri BaseUri { get; }
    public Func<string, string> Answer { get; set; } = _ => """{"mood":"unclear","confidence":0.2}""";
    public int? Status { get; set; }
    public ConcurrentQueue<string> Requests { get; } = new();

    public void Dispose() => _listener.Close();

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            _ = Task.Run(() => Handle(context));
        }
    }

    private void Handle(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = reader.ReadToEnd();
        Requests.Enqueue(context.Request.Url!.AbsolutePath + " " + body);
        var json = JsonNode.Parse(body)!;
        var status = Status ?? 200;
        var reply = status == 200 ? (_anthropic ? AnthropicReply(json) : OpenAiReply(json)) : """{"error":{"type":"overloaded_error","message":"busy"}}""";
        var bytes = Encoding.UTF8.GetBytes(reply);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.OutputStream.Write(bytes);
        context.Response.Close();
    }

    private string OpenAiReply(JsonNode request)
    {
        var text = Answer(UserText(request["messages"]!.AsArray().Last()!));
        return new JsonObject
        {
            ["id"] = "c1", ["object"] = "chat.completion", ["created"] = 1, ["model"] = request["model"]!.GetValue<string>(),
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0, ["finish_reason"] = "stop",
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text },
            }),
        }.ToJsonString();
    }

    private string AnthropicReply(JsonNode request)
    {
        var text = Answer(UserText(request["messages"]!.AsArray().Last()!));
        return new JsonObject
        {
            ["id"] = "msg_1", ["type"] = "message", ["role"] = "assistant", ["model"] = request["model"]!.GetValue<string>(),
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }),
            ["stop_reason"] = "end_turn", ["stop_sequence"] = null,
            ["usage"] = new JsonObject { ["input_tokens"] = 10, ["output_tokens"] = 5 },
        }.ToJsonString();
    }

    /// <summary>The user message's text, whether sent as a plain string or as a list of text parts.</summary>
    private static string UserText(JsonNode message) => message["content"] switch
    {
        JsonValue v => v.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? "")),
        _ => "",
    };

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
