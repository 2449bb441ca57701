import { describe, it } from 'vitest';
import rule from '../../rules/punctuation-spacing';
import { RuleTester } from '../../src/testing/rule-tester';

RuleTester.run(
  rule,
  {
    valid: [
      'The budget rose to 1,000,000 euros, up 3.5 percent.',
      'U.S. President Joe Biden met e.g. the mayor, i.e. the host.',
      'Dr. Smith arrived at 10:30 and left at 11:45 a.m. on Friday.',
      'She paused… then spoke. He waited... and waited.',
      '“Yes,” she said. “No,” he replied.',
      'Visit https://example.com/a,b.Then or write to news@example.org.',
      'Use `a,b` and `x.Y` in code.',
      'The ratio was 3:1 and the score 2–1.',
      'Node.js and ASP.NET are names, as is Ph.D. work.',
      'Moscow – Prospects dimmed (2022): nothing moved.',
      'The St.Louis team and Mr.Smith are left alone.',
      'A line ends with a hard break  \nand goes on.',
      { text: 'Two  spaces are allowed here.', options: { doubleSpaces: false } },
      { name: 'leaves a line alone after a disable-next-line directive', text: '<!-- copydesk-disable-next-line punctuation-spacing -->\nTemperatures rose,with winds.' },
      'A decimal after a space: a .45 calibre.',
      'std::vector and Matthew 5:3 are fine.',
      // Columns and labels lined up with spaces.
      { text: 'Team        Won   Lost\nArsenal     10    2\n', format: 'text' },
      { text: 'Name:    John Smith\n', format: 'text' },
      // Entities in scraped plain text, names in code, smileys.
      { text: 'AT&amp;T and R&amp;D said &quot;Hello&quot; today.', format: 'text' },
      'Call Console.WriteLine or DateTime.Now, or use System.Text.Json in the code.',
      'Thanks :) and bye ;)',
      // Inline HTML and footnote references leave no double space behind.
      'He said <b> hello</b> today.',
      'Text <!-- a note --> more.',
      'The figure rose [^1] last year.\n\n[^1]: A source.',
    ],
    invalid: [
      {
        text: 'Talks proved unsuccessful,with both sides firm.',
        errors: [{ message: 'Missing space after “,”', text: ',w' }],
        output: 'Talks proved unsuccessful, with both sides firm.',
      },
      {
        text: 'People need assistance.Access is limited.',
        errors: [{ message: 'Missing space after “.”', text: '.A' }],
        output: 'People need assistance. Access is limited.',
      },
      { text: 'It ended in 2022.The talks stopped.', errors: 1, output: 'It ended in 2022. The talks stopped.' },
      { text: 'Some agreed;others did not.', errors: 1, output: 'Some agreed; others did not.' },
      { text: 'Note:the plan changed.', errors: 1, output: 'Note: the plan changed.' },
      { text: 'Really?Yes, really!Then go.', errors: 2, output: 'Really? Yes, really! Then go.' },
      { text: 'He said,“We will go.”', errors: 1, output: 'He said, “We will go.”' },
      { text: 'In 2019,when the line opened.', errors: 1, output: 'In 2019, when the line opened.' },
      { text: 'The plan , they said , failed .', errors: 3, output: 'The plan, they said, failed.' },
      { text: 'Two  spaces and   three.', errors: [{ message: 'Unexpected 2 spaces, expected 1' }, { message: 'Unexpected 3 spaces, expected 1' }], output: 'Two spaces and three.' },
      { text: 'It was **restored**,and opened.', errors: 1, output: 'It was **restored**, and opened.' },
      { text: 'AT&amp;T said,the plan worked.', errors: 1, output: 'AT&amp;T said, the plan worked.' },
      { text: '- first item,second part\n- next.Then more\n', errors: 2, output: '- first item, second part\n- next. Then more\n' },
      { text: 'Plain text line one,two.\r\nAnd line.Two\r\n', format: 'text', errors: 2, output: 'Plain text line one, two.\r\nAnd line. Two\r\n' },
      { text: 'The first ,the second.', errors: [{ message: 'Unexpected space before “,”, expected one after it' }], output: 'The first, the second.' },
      { text: 'She left .Then she came back.', errors: 1, output: 'She left. Then she came back.' },
      { text: 'It rained.A new day came. Is it?I think so.', errors: 2, output: 'It rained. A new day came. Is it? I think so.' },
      { text: '“Stop!”she said. “No,”he replied.', errors: 2, output: '“Stop!” she said. “No,” he replied.' },
      { text: 'Run `npm test`,and wait. Up 5%,then down.', errors: 2, output: 'Run `npm test`, and wait. Up 5%, then down.' },
      { text: 'See  `code` here.', errors: 1, output: 'See `code` here.' },
      { text: 'End of one.  Start of two.  And three.', errors: 2, output: 'End of one. Start of two. And three.' },
      { name: 'reports but does not fix a comma written as an entity', text: 'Rain&#44;wind and sun.', errors: 1, output: null },
    ],
  },
  { describe, it },
);
