namespace FeedbackCollector.EndToEnd;

/// <summary>SIGKILL between planning and sending, then a restart on the same data folder.</summary>
public sealed class KillRestartTests
{
    [Fact]
    public async Task After_a_kill_between_planning_and_sending_every_ask_is_sent_exactly_once()
    {
        await using var serve = await ServeProcess.StartNewAsync();
        // The visits end during the morning (never in the server's future); each is planned 2 hours later.
        await serve.AdvanceToAsync(ServeProcess.Start.AddMinutes(100));
        var customers = Enumerable.Range(1, 6).Select(i => $"c{i}@customers.example").ToList();
        foreach (var (email, i) in customers.Select((e, i) => (e, i)))
        {
            // Different planned times: two due before the first kill's clock, four after.
            (await serve.PostWebhookAsync(ServeProcess.Visit($"k-{i}", $"C{i}", email, ServeProcess.Start.AddMinutes(i * 20)))).Dispose();
        }
        serve.OutboxFiles().Where(f => Path.GetFileName(f).Contains("-ask.", StringComparison.Ordinal))
            .Should().BeEmpty("everything is planned, nothing is due yet");
        await serve.KillAsync();

        await serve.StartAsync();
        await serve.AdvanceToAsync(ServeProcess.Start.AddHours(2).AddMinutes(25));
        await serve.TickAsync();
        (await serve.WaitForMailAsync(customers[1], 1)).Should().HaveCount(1);
        await serve.KillAsync();

        await serve.StartAsync();
        await serve.AdvanceToAsync(ServeProcess.Start.AddHours(4));
        await serve.TickAsync();
        await serve.WaitForMailAsync(customers[^1], 1);
        await serve.TickAsync();
        await Task.Delay(1000);
        foreach (var email in customers)
            serve.OutboxTo(email).Should().ContainSingle($"the ask to {email} is sent exactly once across two kills");
    }

    [Fact]
    public async Task A_kill_while_the_scheduler_is_sending_a_batch_loses_none_and_doubles_none()
    {
        await using var serve = await ServeProcess.StartNewAsync();
        var customers = Enumerable.Range(1, 15).Select(i => $"batch{i}@customers.example").ToList();
        foreach (var (email, i) in customers.Select((e, i) => (e, i)))
            (await serve.PostWebhookAsync(ServeProcess.Visit($"b-{i}", $"B{i}", email, ServeProcess.Start))).Dispose();
        // All due at once; the background loop (every 0.2 s) starts sending and is killed part-way (or before, or after).
        await serve.AdvanceToAsync(ServeProcess.Start.AddHours(2));
        await Task.Delay(250);
        await serve.KillAsync();
        var before = customers.Sum(c => serve.OutboxTo(c).Count);

        await serve.StartAsync();
        await serve.AdvanceToAsync(ServeProcess.Start.AddHours(3));
        for (var i = 0; i < 3; i++) await serve.TickAsync();
        foreach (var email in customers) await serve.WaitForMailAsync(email, 1, seconds: 10);
        await Task.Delay(500);
        foreach (var email in customers)
            serve.OutboxTo(email).Should().ContainSingle($"the ask to {email} is sent once (sent before the kill: {before} of {customers.Count})");
    }
}
