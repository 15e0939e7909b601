"""Direct quotations and who said them: quotation marks, speech verbs, attribution, speakers."""
