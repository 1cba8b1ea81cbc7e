"""The one item the spiders yield: a fetch attempt, with the response body when there is one."""

import scrapy


class FetchItem(scrapy.Item):
    source = scrapy.Field()
    role = scrapy.Field()            # document, feed, sitemap
    url = scrapy.Field()             # as requested
    final_url = scrapy.Field()       # after redirects
    status = scrapy.Field()
    outcome = scrapy.Field()
    content_type = scrapy.Field()
    etag = scrapy.Field()
    last_modified = scrapy.Field()
    error = scrapy.Field()
    document_kind = scrapy.Field()
    metadata = scrapy.Field()        # what a search API said about the document (dict)
    body = scrapy.Field()            # bytes, stored in the WARC file, not in the log
    headers = scrapy.Field()         # [(name, value)]
