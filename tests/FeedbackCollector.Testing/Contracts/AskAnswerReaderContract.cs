using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Testing.Contracts.ContractIds;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>
/// What every IAskAnswerReader must do: read back, in one call, exactly what the ask and feedback stores of the same
/// storage wrote. Adapter tests supply the three over one database (or one set of tables).
/// </summary>
public abstract class AskAnswerReaderContract
{
    protected abstract Task<(IAskStore Asks, IFeedbackStore Feedback, IAskAnswerReader Reader)> CreateAsync();

    private static Ask NewAsk(string customerId, string? askId = null) =>
        new(customerId, askId ?? Unique("a"), new Customer(customerId, "Zoë", "zoe@example.com", null),
            "haircut", At(2026, 3, 8, 10, 15, 30, 123), At(2026, 3, 8, 12, 15, 30, 456), AskStatus.Sent)
        {
            SentAt = At(2026, 3, 8, 12, 15, 31, 7, offsetHours: -5),
            ScheduleName = "fc-ask-x",
        };

    private static Feedback AnswerTo(Ask ask) =>
        new(ask.CustomerId, ask.AskId, At(2026, 3, 9, 8, 30, 15, 321), Channel.Email, "Lovely — merci 🌸", Bucket.Happy,
            "text: happy 0.97", "inbound/abc.eml");

    [Fact]
    public async Task An_unknown_ask_reads_as_null()
    {
        var (_, _, reader) = await CreateAsync();

        (await reader.GetAsync(Unique("c"), Unique("a"), Ct)).Should().BeNull();
    }

    [Fact]
    public async Task An_ask_without_an_answer_reads_as_the_ask_and_no_answer()
    {
        var (asks, _, reader) = await CreateAsync();
        var ask = NewAsk(Unique("c"));
        await asks.TryAddAsync(ask, Ct);

        (await reader.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().Be(new AskWithAnswer(ask, null));
    }

    [Fact]
    public async Task An_answered_ask_reads_as_the_ask_and_its_answer_with_every_field()
    {
        var (asks, feedback, reader) = await CreateAsync();
        var ask = NewAsk(Unique("c"));
        var answer = AnswerTo(ask);
        await asks.TryAddAsync(ask, Ct);
        await feedback.TryAddAsync(answer, Ct);

        (await reader.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().Be(new AskWithAnswer(ask, answer));
    }

    [Fact]
    public async Task An_answer_is_read_only_with_its_own_ask_not_with_another_ask_of_the_same_customer()
    {
        var (asks, feedback, reader) = await CreateAsync();
        var customer = Unique("c");
        var answered = NewAsk(customer);
        var open = NewAsk(customer);
        await asks.TryAddAsync(answered, Ct);
        await asks.TryAddAsync(open, Ct);
        await feedback.TryAddAsync(AnswerTo(answered), Ct);

        (await reader.GetAsync(customer, open.AskId, Ct)).Should().Be(new AskWithAnswer(open, null));
        (await reader.GetAsync(customer, answered.AskId, Ct))!.Answer.Should().Be(AnswerTo(answered));
    }

    [Fact]
    public async Task An_answer_whose_ask_is_gone_reads_as_null()
    {
        var (asks, feedback, reader) = await CreateAsync();
        var ask = NewAsk(Unique("c"));
        await asks.TryAddAsync(ask, Ct);
        await feedback.TryAddAsync(AnswerTo(ask), Ct);
        await asks.DeleteAsync(ask.CustomerId, ask.AskId, Ct);

        (await reader.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().BeNull();
    }

    [Fact]
    public async Task A_status_change_and_an_answer_written_just_before_are_what_the_next_read_sees()
    {
        var (asks, feedback, reader) = await CreateAsync();
        var ask = NewAsk(Unique("c"));
        await asks.TryAddAsync(ask, Ct);
        (await reader.GetAsync(ask.CustomerId, ask.AskId, Ct))!.Answer.Should().BeNull();

        await feedback.TryAddAsync(AnswerTo(ask), Ct);
        await asks.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Sent, AskStatus.Answered, new AskChange(), Ct);

        (await reader.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().Be(
            new AskWithAnswer(ask with { Status = AskStatus.Answered }, AnswerTo(ask)));
    }
}
