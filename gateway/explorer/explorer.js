// The development explorer: GraphiQL (served by the gateway from node_modules) with the token of the field above it.
/* global React, ReactDOM, GraphiQL */
(function () {
  "use strict";
  var STORED = "ibz-explorer-token";
  var input = document.getElementById("token");
  input.value = sessionStorage.getItem(STORED) || "";
  input.addEventListener("input", function () {
    sessionStorage.setItem(STORED, input.value);
  });

  // The page is served on the GraphQL path itself (/ or /graphql): post the operations there.
  var endpoint = window.location.pathname;
  // Read-your-writes: the gateway's consistency token is sent back with the next operation (docs/api.md).
  var CONSISTENCY = "x-consistency-token";
  var consistency = sessionStorage.getItem(CONSISTENCY) || "";

  async function fetcher(params, options) {
    var headers = Object.assign({ "content-type": "application/json", accept: "application/json" }, (options && options.headers) || {});
    var token = input.value.trim().replace(/^Bearer\s+/i, "");
    if (token) headers.authorization = "Bearer " + token;
    if (consistency) headers[CONSISTENCY] = consistency;
    var response = await fetch(endpoint, { method: "POST", headers: headers, body: JSON.stringify(params) });
    var echoed = response.headers.get(CONSISTENCY);
    if (echoed) {
      consistency = echoed;
      sessionStorage.setItem(CONSISTENCY, echoed);
    }
    return response.json();
  }

  var defaultQuery = [
    "# Public fields need no token. For the rest paste one above; as a citizen, e.g.",
    "#   { myComplaintPage(first: 10) { items { reference status } } }",
    "{",
    "  directorates {",
    "    code",
    "    name",
    "  }",
    "}",
    "",
  ].join("\n");
  ReactDOM.createRoot(document.getElementById("graphiql")).render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery }));
})();
