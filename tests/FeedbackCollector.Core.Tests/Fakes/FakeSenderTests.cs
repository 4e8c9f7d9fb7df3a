using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using FeedbackCollector.Core.Sweeps;
using FeedbackCollector.Testing.Fakes;

namespace FeedbackCollector.Core.Tests.Fakes;

public sealed class FakeSenderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OutboundEmail Mail(string to = "ann@example.com") =>
        new(to, "shop@example.com", null, "Hi", "text", null, new Dictionary<string, string>(), "m1@example.com");

    [Fact]
    public async Task The_mailer_records_sent_mail_and_succeeds_by_default()
    {
        var mailer = new FakeMailer();

        var result = await mailer.SendAsync(Mail(), Ct);

        result.Sent.Should().BeTrue();
        mailer.Sent.Should().ContainSingle().Which.To.Should().Be("ann@example.com");
    }

    [Fact]
    public async Task The_mailer_can_fail_the_next_send_transiently_and_then_recovers()
    {
        var mailer = new FakeMailer();
        mailer.Script.FailNext(1, transient: true, "451 try later");

        var first = await mailer.SendAsync(Mail(), Ct);
        var second = await mailer.SendAsync(Mail(), Ct);

        first.Should().Be(SendResult.Failed("451 try later", true));
        second.Sent.Should().BeTrue();
        mailer.Attempts.Should().HaveCount(2);
        mailer.Sent.Should().HaveCount(1);
    }

    [Fact]
    public async Task The_mailer_can_fail_every_send_permanently()
    {
        var mailer = new FakeMailer();
        mailer.Script.FailAlways(transient: false, "550 no such user");

        (await mailer.SendAsync(Mail(), Ct)).Transient.Should().BeFalse();
        (await mailer.SendAsync(Mail(), Ct)).Sent.Should().BeFalse();
        mailer.Sent.Should().BeEmpty();
    }

    [Fact]
    public async Task The_owner_notifier_reports_its_channel_and_can_fail()
    {
        var notifier = new FakeOwnerNotifier { Via = "email" };
        var ping = new OwnerPing("c1", "a1", "Unhappy", "words", []);

        (await notifier.NotifyAsync(ping, Ct)).ProviderId.Should().Be("email");
        notifier.Script.FailNext(transient: false);
        (await notifier.NotifyAsync(ping, Ct)).Sent.Should().BeFalse();
        notifier.Pings.Should().ContainSingle();
    }

    [Fact]
    public async Task The_sms_sender_and_summary_writer_record_what_they_sent()
    {
        var sms = new FakeSmsSender();
        var summary = new FakeSummaryWriter();

        await sms.SendAsync("+6591234567", "hello", Ct);
        var letter = new SummaryLetter("2026-03", "March", "Kim's Salon", "figures", new MonthlyFigures("2026-03", 0, 0, 0, 0, 0, 0, 0, 0, null));
        await summary.WriteAsync(letter, Ct);

        sms.Sent.Should().Equal(new SentSms("+6591234567", "hello"));
        summary.Written.Should().Equal(new WrittenSummary("2026-03", "March", letter.Text, letter));
    }

    [Fact]
    public async Task The_classifier_answers_scripted_readings_in_order_then_the_default()
    {
        var classifier = new FakeMoodClassifier { Default = new MoodReading(Mood.Happy, 0.8) }
            .When("awful", Mood.Unhappy, 0.95)
            .Enqueue(Mood.Unclear, 0.3)
            .EnqueueUnavailable(transient: true);

        (await classifier.ClassifyAsync("awful", Ct)).Should().Be(new MoodReading(Mood.Unhappy, 0.95));
        (await classifier.ClassifyAsync("meh", Ct)).Should().Be(new MoodReading(Mood.Unclear, 0.3));
        await FluentActions.Awaiting(() => classifier.ClassifyAsync("x", Ct))
            .Should().ThrowAsync<ClassifierUnavailableException>().Where(e => e.Transient);
        (await classifier.ClassifyAsync("fine", Ct)).Should().Be(new MoodReading(Mood.Happy, 0.8));
        classifier.Calls.Should().Equal("awful", "meh", "x", "fine");
    }

    [Fact]
    public async Task The_classifier_can_be_down_for_every_call()
    {
        var classifier = new FakeMoodClassifier { Unavailable = false };

        await FluentActions.Awaiting(() => classifier.ClassifyAsync("x", Ct))
            .Should().ThrowAsync<ClassifierUnavailableException>().Where(e => !e.Transient);
    }
}
