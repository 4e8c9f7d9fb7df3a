[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("FeedbackCollector.Mail.Tests")]
