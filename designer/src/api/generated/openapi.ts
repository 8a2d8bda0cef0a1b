/* eslint-disable */
// DO NOT EDIT. Generated from the OpenAPI document (runtime/src/openapi/, served at GET /api/openapi.json)
// by `npm run gen` (scripts/gen-types.ts); `npm run gen -- --check` fails when this file is stale.
// The web app names the types it uses in designer/src/api/types.ts.
import type { ApplicationInput, Bundle, Calendar, DataElement, DocumentReference, ElementId, Fee, Identifier, Issuance, LegalBasis, LocalizedText, Material, Matter, Result, TimeLimit, UploadLimits, Visits } from "@onego/schemas/types";

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description 健康检查: {"status":"ok"} while the process serves requests and its database answers a query within 2 seconds; "degraded" (still 200) while an operator should act. No token needed.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description 运行指标: Prometheus text exposition (version 0.0.4): onego_http_request_duration_seconds by method, route and status, onego_timers_fired_total by kind, onego_notifications_created_total by type, onego_webhook_deliveries_total by outcome (delivered, retry, failed, cancelled), onego_data_source_requests_total by outcome (resolved, or why shared data was not available: timeout, unreachable, http-error, bad-response, circuit-open, cancelled), onego_data_source_circuit_state (0 closed, 1 open, 2 half-open) and onego_data_source_circuit_opened_total, and the Node process metrics (onego_ prefix). For the operator’s scraper only: `Authorization: Bearer <ONEGO_METRICS_TOKEN>` (a shared secret, not a user’s token); without ONEGO_METRICS_TOKEN configured, refused to everyone (403 METRICS_DISABLED).
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Payment platform callback: an order changed
         * @description 支付结果通知: the payment platform calls this when an order (缴款单) changes, e.g. once it is paid. Only `orderNumber` is read; the order is then asked of the platform (GET <ONEGO_PAYMENT_URL>/orders/<orderNumber>) and a payment it confirms is recorded at once — the matter leaves 待缴费 and its time limit starts — rather than at the next poll (ONEGO_PAYMENT_INTERVAL_MS). Idempotent: a notice repeated, or for an order already paid, changes nothing. Answers the payment’s status afterwards (still unpaid when the platform says so or cannot be reached; the poll goes on). For the platform only: `Authorization: Bearer <ONEGO_PAYMENT_TOKEN>` (the shared secret OneGo also sends it); without ONEGO_PAYMENT_TOKEN configured, refused to everyone (403 PAYMENT_CALLBACK_DISABLED).
         */
        post: operations["notifyPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI 3.1 document
         * @description 接口文档: the OpenAPI 3.1 description of the whole HTTP API. No token needed.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/test/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the server's clock forward (test clock)
         * @description 测试时钟. Only when the server runs with ONEGO_TEST_CLOCK=1 (never by default): moves the server's clock forward by advanceMs and fires the deadline timers that came due (warning at 80 % of a time limit, overdue at the deadline) and flags the rectifications (差评整改) past their deadline, sends the issuance requests now due (统一发证, retried after the issuing system was down), works the payment rows now due (收费: orders, payments, refunds), then turns the events written so far into notifications and attempts the webhook deliveries now due, and removes the uploaded files that no upload names once stored longer than the grace period, for end-to-end tests of deadlines across weekends and holidays and of notifications and webhook retries. Without ONEGO_TEST_CLOCK=1 the path does not exist and answers 404 NOT_FOUND. Role: admin.
         */
        post: operations["advanceTestClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How to sign in here
         * @description 登录方式: whether dev login is on (ONEGO_DEV_LOGIN=1, `npm start`) and which identity provider (统一身份认证) issues the accepted tokens, if any. The web app's sign-in page reads it. No token needed.
         */
        get: operations["getSignInMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/dev-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in for development with a chosen role
         * @description 开发登录. Only present when the server runs with ONEGO_DEV_LOGIN=1 (`npm start` sets it); otherwise the path does not exist and answers 404 NOT_FOUND. Issues a bearer token for any subject with the chosen role; an officer (部门审批人员) names a department record (GET /api/departments: a regional department, e.g. 济南市公安局历下区分局, never a kind such as police), else 401 DEPARTMENT_UNKNOWN; a citizen may give a resident ID number (idNumber), by which the data-sharing connector finds their records (by subject otherwise) and co-applications and proxy applications naming them find them, and an enterprise (enterprise: credit code, name, role) to sign in as an enterprise user (法人). In production, tokens come from the region's identity provider (统一身份认证) and are verified against its JWKS (issuer, audience). No token needed.
         */
        post: operations["devLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/demo-officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The officers to sign in as with dev login
         * @description 示例工作人员. Only present with ONEGO_DEV_LOGIN=1 (404 NOT_FOUND otherwise). For the bundles on the portal (their latest versions), one officer per department and position (岗位) that their matters' review steps name — the handler, the roles that sign a 会签, the step's lead (科室负责人 unless the step names another) — with the steps the position takes. The sign-in page offers them by department and position; signing in as one sends its subject, name, department and position to POST /api/auth/dev-login. Matters without review steps add nobody (any officer of the department decides them). Ordered by bundle, matter and step. No token needed.
         */
        get: operations["listDemoOfficers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the published bundles
         * @description 一件事目录: the latest published version of every bundle on the portal (a withdrawn one, 已下线, is not listed), ordered by id, with names in the response language. No token needed.
         */
        get: operations["listBundles"];
        put?: never;
        /**
         * Create or update the draft of a bundle
         * @description 保存草稿 (designer): checks the definition as `onego validate` does (schemas, references, dependency cycles, conflicting constraints, time limits) and stores it as the draft of bundle.id, replacing an earlier draft. A draft is work in progress: it is saved with the problems found, which the answer lists in issues (empty when there are none); publishing refuses a draft that has any. Only a body that is not a definition (400) or whose bundle.id is not an identifier (422, nothing saved) is refused. The answer carries the ETag of the saved draft. Optimistic concurrency: with If-Match (the ETag from GET /api/bundles/{id}/draft or from the previous save), a draft that was saved or discarded since is not overwritten (412); with If-None-Match: * the save only creates a draft and never replaces one (412 when one exists). Without either, the draft is replaced as it is. Publishing makes it a version. Roles: designer or admin.
         */
        post: operations["saveBundleDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bundles/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the saved drafts
         * @description 草稿列表 (designer): every saved draft, last saved first: its bundle id and name (in the response language), who saved it and when, the latest published version of that bundle (null when never published) and how many definition problems it has (publishing waits until there are none). Sent with Cache-Control: no-store. Roles: designer or admin.
         */
        get: operations["listBundleDrafts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bundles/withdrawn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the bundles taken off the portal
         * @description 已下线 (designer): every published bundle taken off the portal, by id: its latest version, who took it off and when. Roles: designer or admin.
         */
        get: operations["listWithdrawnBundles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bundles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a published bundle with its definition
         * @description 一件事详情: the latest published version (or the one named by `version`, e.g. the version an application runs on) with its full definition (bundle and matters, 办事指南). No token needed.
         */
        get: operations["getBundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bundles/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the published versions and the draft of a bundle
         * @description 版本记录 (designer): every published version, newest first, and the current draft (草稿) if any. A bundle never saved nor published (one being composed) has an empty history: no versions, no draft. Roles: designer or admin.
         */
        get: operations["listBundleVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bundles/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open the saved draft of a bundle
         * @description 打开草稿 (designer): the draft as it was saved (the definition, with its problems if any), who saved it and when, and its ETag, to send as If-Match when saving it again, publishing or discarding it. Sent with Cache-Control: no-store. Roles: designer or admin.
         */
        get: operations["getBundleDraft"];
        put?: never;
        post?: never;
        /**
         * Discard the draft of a bundle
         * @description 丢弃草稿 (designer): deletes the draft; the published versions stay. With If-Match, only the draft as the caller saw it (412 DRAFT_CHANGED when it was saved since). Roles: designer or admin.
         */
        delete: operations["discardBundleDraft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bundles/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview the form, notice and metrics for given answers
         * @description 情形引导预览: for the answers to the scenario questions, the merged form (一表申请, JSON Schema + uiSchema, in the response language), the one-time notice (一次告知: included matters, deduplicated and waived materials, time limits, visits) and the before/after metrics (减材料、减环节、减时间、减跑动). The body may be omitted (no answers). No token needed. With a citizen's token the preview is theirs: the server asks the data-sharing connector, prefill holds the values it provides with their provenance (秒报), and the notice and the metrics waive exactly the materials it provides (免提交). A connector that is down, slow or open-circuited never fails the preview: prefill.status is unavailable with the reason, nothing is prefilled or waived by it (the materials are asked for), and the answer is still 200 (sent with Cache-Control: private, no-store). Without a citizen's token, prefill.status is anonymous and the notice waives what the bundle declares shared.
         */
        post: operations["previewBundle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bundles/{id}/prefill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The values shared data provides for the citizen's form (秒报)
         * @description 秒报: asks the data-sharing connector for what the bundle declares shared and its matters need (all of its matters: no answers), and answers the prefilled values of the merged form with their provenance (source, time) and the e-licences found. A connector that is down, slow or open-circuited gives status unavailable with the reason, and still 200. Sent with Cache-Control: private, no-store. Role: citizen.
         */
        get: operations["getBundlePrefill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bundles/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a bundle off the portal (下线)
         * @description 下线 (designer): the bundle is no longer listed by GET /api/bundles and takes no new application nor application draft (409 BUNDLE_WITHDRAWN); applications already submitted continue to the end, and GET /api/bundles/{id} still answers (with withdrawn: true). Publishing a new version does not put it back. Taking off a bundle already off changes nothing. No request body is read. Roles: designer or admin.
         */
        post: operations["withdrawBundle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bundles/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a withdrawn bundle back on the portal (上线)
         * @description 上线 (designer): the bundle is listed again and takes new applications, on its latest version. A bundle on the portal stays as it is. No request body is read. Roles: designer or admin.
         */
        post: operations["restoreBundle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bundles/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the draft as the next version
         * @description 发布 (designer): the draft becomes the next published version and the draft is cleared. Applications already submitted stay on the version they started with. A draft with definition problems is refused (422). With If-Match, only the draft as the caller saw it is published (412 when it was saved or discarded since); either way, a save or discard between the check and the publication is refused (412), so the version published is the draft checked. No request body is read. Roles: designer or admin.
         */
        post: operations["publishBundle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/materials/{materialId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file of one material of the caller’s application
         * @description 申请材料上传 (citizen): one file, multipart/form-data, field `file`, for a material that one of the application's included matters lists (a material shared by several matters is one material). The material's limits come from its definition (`upload`: media types and maximum size); a material without them accepts PDF, JPEG and PNG up to 10 MB, and a material listed by several matters with different limits must satisfy all of them. The type is recognised from the bytes, never taken from the client. The file is stored content-addressed (SHA-256: the same bytes are stored once) and recorded with a MATERIAL_UPLOADED timeline event in one transaction; several files per material are kept, in upload order. Only while the application has not ended. Checked in this order: token and role, application, status, material, body. Role: citizen (the applicant).
         */
        post: operations["uploadMaterial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the files uploaded for the caller’s application
         * @description 已上传材料 (citizen): every uploaded file of the application, oldest first. Officers see the files of their own matters in the task (GET /api/tasks/{id}). Role: citizen (the applicant).
         */
        get: operations["listMaterialUploads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/materials/{uploadId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an uploaded file
         * @description 下载材料: the file's bytes, with the Content-Type recognised at upload (and X-Content-Type-Options: nosniff) and a Content-Disposition attachment with the sanitised file name. The applicant may download every file; an officer only the files of materials that a matter of their own department lists (数据最小化). Roles: citizen (the applicant), officer.
         */
        get: operations["downloadMaterialUpload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/results/{matterId}/licence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an issued e-licence
         * @description 下载电子证照: the e-licence the issuing system issued for one matter's result at unified issuance (统一发证), as it delivered it (a PDF of the licence's face data with the example provider), with a Content-Disposition attachment naming the licence and its number. Only the application's applicant may download it. Role: citizen (the applicant).
         */
        get: operations["downloadLicence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/signatures/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the signature given with a commitment (告知承诺)
         * @description 告知承诺签名: the PNG the applicant signed their commitments with (drawn, or their typed name drawn by the portal), as the application view and the task view link it (`commitment.signature.url`); its SHA-256 is in the COMMITMENT_SIGNED timeline event and in the electronic archive. Readable by whoever may read the application: its applicant, an officer of a department with a task in it, an admin. Roles: citizen, officer, admin.
         */
        get: operations["downloadSignature"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/application-drafts/{id}/materials/{materialId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file of one material before submitting, to the caller’s draft
         * @description 申请材料随草稿上传 (citizen): as POST /api/applications/{id}/materials/{materialId} — one file, multipart/form-data, field `file`, the same limits, type recognition, content-addressed storage and error codes — but for a material that one of the matters included by the draft's saved answers lists (save the draft with the current answers first). The upload keeps the draft from expiring (it counts as a save, without changing its version). Submitting with draftId makes the draft's files the application's, in the submission's transaction. Checked in this order: token and role, draft, material, body. Role: citizen (the draft's owner).
         */
        post: operations["uploadDraftMaterial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/application-drafts/{id}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the files uploaded to the caller’s draft
         * @description 已上传材料 (citizen): every file uploaded to the draft, oldest first (to show them again when the draft is resumed). Role: citizen (the draft’s owner).
         */
        get: operations["listDraftMaterialUploads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/application-drafts/{id}/materials/{uploadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a file from the caller’s draft
         * @description 删除已上传文件 (citizen): a wrong file, removed before submitting; it will not be submitted. The record goes; the stored bytes stay (content-addressed, they may belong to other uploads too). Files uploaded to a submitted application cannot be removed. Role: citizen (the draft’s owner).
         */
        delete: operations["deleteDraftMaterialUpload"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/application-drafts/{id}/materials/{uploadId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file uploaded to the caller’s draft
         * @description The file's bytes, with the Content-Type recognised at upload (and X-Content-Type-Options: nosniff) and a Content-Disposition attachment with the sanitised file name. Role: citizen (the draft’s owner).
         */
        get: operations["downloadDraftMaterialUpload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the electronic archive of an ended application (zip)
         * @description 电子归档: a zip of the completed or rejected application — manifest.json (every other file with its SHA-256 and size, the application id, when and for whom it was generated), application.json, form/answers.json and form/data.json, decisions.json, timeline.json, results.json, bundle-version.json (the bundle version it ran on, with the SHA-256 of that definition) and the uploaded files under materials/ with materials/index.json; entries in a fixed order (runtime/README.md describes the layout). The applicant receives everything; an officer of a department with a matter in the application receives that department's share (数据最小化): the fields and files of its own matters, no answers, and the timeline without other departments' details. Roles: citizen (the applicant), officer.
         */
        get: operations["getApplicationArchive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the receipt of an application (受理回执, PDF)
         * @description 受理回执: who applied (申请人), for which bundle, the matters sent to which department with their committed time limits, the submission time and the application number, and a QR code of the verification link (/verify/<token>, see verifyDocument). The same application gives the same file every time. Roles: citizen (the applicant), officer (of a department with a matter in it).
         */
        get: operations["getApplicationReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/completion-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the completion notice of an ended application (办结通知书, PDF)
         * @description 办结通知书: the outcome of each matter (准予办理, 不予许可 …) with its time, the certificates issued (证照 and their numbers), and a QR code of the verification link. Once the application is completed or not granted. Roles: citizen (the applicant), officer (of a department with a matter in it).
         */
        get: operations["getApplicationCompletionNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bundles/{id}/blank-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the blank form of a bundle (空白表格, PDF)
         * @description 空白表格: the scenario questions and every field of the merged form of all the matters the bundle may include, by their Chinese labels, each with an empty box (choices with a square each), then the materials (份数, 原件/复印件, 出具单位). Of the latest published version. No token needed.
         */
        get: operations["getBundleBlankForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bundles/{id}/sample-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the sample form of a bundle (示例样表, PDF)
         * @description 示例样表: the blank form filled with made-up values (from each field’s type and format, never real people’s data), each marked 示例, with 示例 across every page. No token needed.
         */
        get: operations["getBundleSampleForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/verify/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify a receipt or completion notice by its QR code
         * @description 真伪核验: whether a receipt or completion notice was issued here, and what it certifies — the application number, the bundle, the applicant’s name masked, the submission and completion times, the status and the matters — with no personal data. The web app’s page /verify/<token> (the link in the QR code) shows it in words. No token needed.
         */
        get: operations["verifyDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's own applications
         * @description 我的办件 (citizen): the applications the caller submitted, those naming them (co-applicant, person applied for) and an enterprise user's enterprise's, newest first, paged. X-Total-Count gives how many there are. Role: citizen.
         */
        get: operations["listApplications"];
        put?: never;
        /**
         * Submit an application once (idempotent)
         * @description 一次提交 (citizen): asks the data-sharing connector itself (never trusting the client for shared data): the values it provides fill what the data leaves out (秒报), and the 秒批 rules evaluate over the data and the shared data. Then validates the answers and the merged-form data (一表申请) against the bundle's latest version, and creates the application (办件) and every included matter's task in one transaction, keeping the connector's outcome and each value's provenance (shared with source and time, or entered — also when it overrides a shared value). A connector that is down or slow never blocks a submission: nothing is prefilled or waived by it, and every value is entered. Matters with no pending dependency become pending at once, in parallel (并联审批); the others wait for their dependencies. With draftId (保存草稿), the caller's unexpired draft is deleted in the same transaction and the files uploaded to it become the application's (same upload ids, MATERIAL_UPLOADED timeline events at their upload times), for the materials the included matters list (others are dropped with the draft). The Idempotency-Key header makes a retry safe. Checked in this order: JSON body, token and role, body shape, Idempotency-Key, bundle, validation. Role: citizen.
         */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an application with per-matter status, results and timeline
         * @description 办件详情 / 办理进度: the status, each matter’s status and deadline, the issued results (统一发证), the timeline (who, what, when), what shared data provided at submission and the provenance of every value (shared with source and time, or entered). Readable by its applicant (citizen), by the people it names (co-applicants, the person a proxy applied for: by the ID number of their sign-in), by every user of the enterprise it belongs to, by an officer of a department with a task in it, and by an admin; to anyone else it does not exist (404). An officer sees the details (comments, reasons) of timeline entries, the provenance of values and the e-licences used only for the matters of their own department. Any role.
         */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the application waits for from the applicant (补正 / 容缺)
         * @description 补正: the matters returned for supplement (their time limits stopped) and the materials owed after 容缺受理, with the flagged fields, the merged form with every other field read-only, and the data as submitted. matters is empty when nothing waits. Role: citizen, own application.
         */
        get: operations["getSupplement"];
        put?: never;
        /**
         * Supplement: corrected fields, commitments and the materials asked for
         * @description 补正 / 容缺补齐: only the flagged fields may differ from the stored data (the rest is locked); the data must still be valid; every requested material must be provided (a signed commitment where the matter allows one, 告知承诺). In one transaction the data and commitments are written and each matter returns to pending (its time limit resumes with the days left) or stops owing. Answers the application. Role: citizen, own application.
         */
        post: operations["supplementApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw the application before any matter is decided (撤回)
         * @description 撤回 (citizen, own application): allowed while no matter has been decided — nothing accepted (受理, 容缺受理), reviewed (a review step completed, signed or sent back), approved (also by rule, 秒批), rejected or returned for supplement. In one transaction the application ends as withdrawn (已撤回), its open tasks are cancelled (they leave the departments’ inboxes and counts), its deadline timers are deleted, and the timeline records who withdrew, when and why (WITHDRAW, then MATTER_CANCELLED per open matter and APPLICATION_WITHDRAWN); each department with a cancelled task is notified (application_withdrawn). With an Idempotency-Key header (optional), a retry with the same key and reason answers the withdrawn application again (200) instead of 409. Answers the application. Role: citizen.
         */
        post: operations["withdrawApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remind the department of a matter past its warning point (催办)
         * @description 催办 (citizen, own application): possible once the matter’s task has passed its warning point (预警, when the department is warned that the deadline nears), and then at most once a working day per task (working days of the application’s calendar: the next reminder from the start of the working day after the last one). The reminder is recorded in the timeline (REMINDED) and notified (reminder_received) to the task’s department while nobody holds it, else to its holder and the department’s 科室负责人; the officer’s inbox and task show it (群众已催办, remindedAt). Role: citizen.
         */
        post: operations["remindDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/application-drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's drafts
         * @description 我的草稿: the caller’s drafts that have not expired, last saved first. Role: citizen.
         */
        get: operations["listDrafts"];
        put?: never;
        /**
         * Save a partly filled application (保存草稿)
         * @description Saves answers and data as they are, unvalidated (and the commitments chosen, checked only at submission), to resume later on any device; it expires ONEGO_DRAFT_TTL_DAYS (default 30) after its last save (an upload to it counts as one). Files are uploaded to it with POST /api/application-drafts/{id}/materials/{materialId}. At most 50 per citizen. Role: citizen.
         */
        post: operations["createDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/application-drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resume a draft
         * @description One draft of the caller. Another citizen’s draft, or an expired one, does not exist (404). Role: citizen.
         */
        get: operations["getDraft"];
        /**
         * Save a draft again
         * @description Replaces answers, data and/or commitments and extends the expiry. With version, a save over a newer one (from another device) is refused. Role: citizen.
         */
        put: operations["updateDraft"];
        post?: never;
        /**
         * Delete a draft
         * @description Deletes one of the caller’s drafts, with the records of the files uploaded to it (the stored files stay: content-addressed, they may be shared). Role: citizen.
         */
        delete: operations["deleteDraft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/application-drafts/{id}/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who a draft names and who confirmed it
         * @description 共同申请人 / 被代办人 (citizen, own draft): the co-applicants the bundle asks for, found in the draft's form by the ID number and name data elements the bundle declares (coApplicants), and the person applied for (onBehalfOf), each with whether they confirmed the draft as it is now. Updated at each save of the draft. Role: citizen.
         */
        get: operations["listDraftParties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/co-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Applications waiting for the caller to confirm or consent
         * @description 待我确认 (citizen): the unexpired drafts of other applicants that name the caller — by the resident ID number of their sign-in — as a co-applicant or as the person a proxy applies for, last saved first. Empty for a sign-in without an ID number. Role: citizen.
         */
        get: operations["listCoApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/co-applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an application the caller is named in, before confirming
         * @description The bundle, the answers and the data of a draft that names the caller, and the caller's part in it. Role: citizen (the named person).
         */
        get: operations["getCoApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/co-applications/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm (co-applicant) or consent to (person applied for) a draft as it is now
         * @description 确认共同申请 / 同意代办: records that the caller confirmed the draft's answers and data as they are now. A confirmation counts for that content only: when the applicant changes the draft afterwards, it must be confirmed again before submission. At submission it goes into the application's timeline (COAPPLICANT_CONFIRMED, PROXY_CONSENTED) at the time it was given. No request body is read. Role: citizen (the named person).
         */
        post: operations["confirmCoApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tasks of the officer's department
         * @description 部门待办: the tasks of the caller's department (or only those the caller holds, or those nobody holds), with each one's current review step and who holds it, optionally of one status, by deadline (dueAt ascending, tasks without a deadline last), paged. X-Total-Count gives the number of matching tasks. Role: officer.
         */
        get: operations["listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task with only the data its matter needs
         * @description 审批详情: the task, its matter and time limit, and only the fields and materials that matter needs (数据最小化: an officer never receives other departments' fields), with each field's provenance (from shared data with source and time, or entered by the applicant) and, for each material waived by shared data at submission, what replaced it (the e-licence found, or the shared values). Role: officer of the task's department.
         */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve, reject or return a task
         * @description 审批决定: approve (通过), reject (不予许可) or return for supplement (退回补正, naming the missing materials or saying why). Runs as one transaction; approving the last matter issues all results together (统一发证) and completes the application, and approving a dependency starts the matters waiting for it. Officers of different departments may decide the same application at the same instant. Checked in this order: JSON body, token and role, body shape, task, what a return or an acceptance names (its materials and fields, of the matter), the task's status. Role: officer of the task's department.
         */
        post: operations["decideTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a task (签收)
         * @description 签收: the caller holds the task from now on; a task already held by the caller is left as it is. On a matter with review steps the caller's positions must include the current step's handler (or one of its signers' positions, or 科室负责人). Runs as one command (one transaction, with the application's version checked): of two officers acting on one task at the same instant exactly one wins. A timeline event names who did what (by name), shown to the department's officers and, in plain words, to the applicant. Role: officer of the task's department.
         */
        post: operations["claimTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a task to a colleague (指派)
         * @description 指派: the step's lead (an officer whose positions include 科室负责人) gives the task to a colleague of the department, whoever held it. Runs as one command (one transaction, with the application's version checked): of two officers acting on one task at the same instant exactly one wins. A timeline event names who did what (by name), shown to the department's officers and, in plain words, to the applicant. Role: officer of the task's department.
         */
        post: operations["assignTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer a task to a colleague (转办)
         * @description 转办: the holder gives the task to a colleague of the department, who holds it from now on. Runs as one command (one transaction, with the application's version checked): of two officers acting on one task at the same instant exactly one wins. A timeline event names who did what (by name), shown to the department's officers and, in plain words, to the applicant. Role: officer of the task's department.
         */
        post: operations["transferTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delegate a task to a colleague (委派)
         * @description 委派: the holder lets a colleague act on the task; the delegate hands it back (POST /api/tasks/{id}/hand-back) and the delegator confirms it with the decision. While delegated, nobody decides it. Runs as one command (one transaction, with the application's version checked): of two officers acting on one task at the same instant exactly one wins. A timeline event names who did what (by name), shown to the department's officers and, in plain words, to the applicant. Role: officer of the task's department.
         */
        post: operations["delegateTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/hand-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand a delegated task back (委派交回)
         * @description 委派交回: the delegate has done their part and hands the task back to the officer who delegated it, who confirms it with the decision. Runs as one command (one transaction, with the application's version checked): of two officers acting on one task at the same instant exactly one wins. A timeline event names who did what (by name), shown to the department's officers and, in plain words, to the applicant. Role: officer of the task's department.
         */
        post: operations["handBackTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/countersigners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a signer to a countersigned step (加签)
         * @description 加签: the holder (or a lead) adds a colleague who must sign the current countersigned step (会签/或签) too; the engine's ADD_SIGNER. Runs as one command (one transaction, with the application's version checked): of two officers acting on one task at the same instant exactly one wins. A timeline event names who did what (by name), shown to the department's officers and, in plain words, to the applicant. Role: officer of the task's department.
         */
        post: operations["addCountersigner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments/{id}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The officers of the caller's department
         * @description 部门工作人员: the officers of the department, by name, with their positions, as they were recorded when they last signed in (an officer is recorded on their first request with a token): from this list assign, transfer, delegate and 加签 pick a colleague by name. Role: officer of that department.
         */
        get: operations["listStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the rating of an application, with the rectification feedback
         * @description 评价与整改反馈: the rating and the rectifications it opened with the departments’ answers. Readable by whoever may read the application (its applicant, an officer of a department with a task in it, an admin); an officer sees the overall rating but only their own department’s matter scores and rectifications. Any role.
         */
        get: operations["getRating"];
        put?: never;
        /**
         * Rate an application once, after it ended (好差评)
         * @description 好差评 (citizen, own application): once the application is completed or rejected, its applicant rates the whole service and optionally each included matter (1–5, with a comment), once. In the same transaction: a RATED timeline event with the scores (comments stay in the rating), and for a bad rating (≤ 2) one rectification task (差评整改) per responsible department, due at the end of the ONEGO_RECTIFICATION_DAYS-th working day (default 5) after the rating, each with a RECTIFICATION_OPENED event. Responsible: a bad matter score → that matter's department; a bad overall score → every department involved in the application (one rectification per department, listing its bad matters too). Checked in this order: JSON body, token and role, body shape, application, status, already rated, content. Role: citizen.
         */
        post: operations["rateApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the rectifications of the officer's department
         * @description 差评整改待办: the rectification tasks of the caller's department, optionally of one status, by deadline, paged. X-Total-Count gives the number of matching ones. Role: officer.
         */
        get: operations["listRectifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a rectification with what the citizen said
         * @description 整改详情: the rectification, the bundle, the bad overall score and this department's bad matter scores with the citizen's comments, and the answer once given. Role: officer of the rectification's department.
         */
        get: operations["getRectification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a rectification (整改答复)
         * @description 整改答复: the department says what it did (and the lasting measures), once. An answer by the deadline is recorded as on time; a later one is accepted and recorded as late (an overdue rectification keeps its overdueAt). Appends a RECTIFICATION_ANSWERED timeline event; the applicant sees the answer with the rating (反馈). Role: officer of the rectification's department.
         */
        post: operations["answerRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rating statistics per department (好差评统计)
         * @description 好差评统计 for ratings given in the period (rectifications opened in it): per department the number of scores, their average and the bad ones — its matters' scores plus the overall score of each application it took part in, and each kind apart — and its rectifications with the on-time rate (按时整改率). Admins and designers see every department (or one, with department); an officer sees only their own. Roles: admin, designer, officer.
         */
        get: operations["getRatingStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/bundles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statistics of a bundle’s applications (办件统计)
         * @description 办件统计 for the applications of a bundle submitted in the period (optionally of one version): applications by status; for those finished (办结: completed or rejected) the median, p90 and average working days from submission to the end, counted with the working-day calendar as deadlines are, next to the designed limits (before: the matters one by one; after: the critical path each application is held to) and the on-time rate (按时办结率); the share of decided matters decided by rule (秒批率); and the visits avoided (减跑动) on average. Roles: admin, designer.
         */
        get: operations["getBundleStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The working-day calendars loaded, and what is missing
         * @description 工作日历: every national year and regional overlay stored, with its source, and warnings of missing years. No token needed: holiday schedules are public.
         */
        get: operations["listCalendars"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendars/{region}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One year’s calendar document
         * @description The calendar file of a region and year as stored (schemas/calendar.schema.json). No token needed.
         */
        get: operations["getCalendar"];
        /**
         * Load a year’s holiday schedule (admin), re-basing the deadlines it moves
         * @description 导入节假日安排: the body is a calendar file (schemas/calendar.schema.json, e.g. made by `onego calendar parse`), checked like `onego validate` and against the region and year of the path. Stored for every process; then every open deadline that counted the year by the weekday rule (or, for a corrected year, any it moves) is computed again from the same acceptance, limit and paused periods, its warning and overdue timers moved (fired ones stay fired), and DEADLINE_REBASED written to the timeline. Loading the same file again changes nothing. ?dryRun=true answers what would move and writes nothing. Role: admin.
         */
        put: operations["loadCalendar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the matter catalogue (事项库)
         * @description By part of the name, the 事项编码, the department’s name or the id (q), a department, and a region (which includes the regions inside it: 370000 includes 370102). By name. Roles: designer, admin, officer.
         */
        get: operations["searchMatters"];
        put?: never;
        /**
         * Create a matter or save its draft
         * @description Saves the matter, as a matter file is written (schemas/matter.schema.json), as the draft of its catalogue entry: a new entry when it has no id (the id is made from its 事项编码 or name) or an unknown one. Saved even with problems, which are listed; they must be fixed before publishing. If-Match: the ETag of the draft as last read (a draft saved since is refused); If-None-Match: *: only if the matter has no draft yet. Answers the ETag. Roles: designer, admin.
         */
        post: operations["saveMatterDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a published version of a matter
         * @description The latest published version, or the one ?version names. Roles: designer, admin, officer.
         */
        get: operations["getMatter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open the draft of a matter
         * @description The draft with its problems and ETag. Roles: designer, admin.
         */
        get: operations["getMatterDraft"];
        put?: never;
        post?: never;
        /**
         * Discard the draft of a matter
         * @description Deletes the draft (with If-Match: only that draft); an entry never published goes with it. Roles: designer, admin.
         */
        delete: operations["discardMatterDraft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the draft of a matter as its next version
         * @description Checks the draft as `onego validate` does and makes it the next version. Published versions never change: bundle versions that use an older one stay pinned to it, and running applications are untouched. Refused with each problem located in plain words while it has any; nothing is written then. Roles: designer, admin.
         */
        post: operations["publishMatter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published versions of a matter, and its draft
         * @description Who published each version and when; whether a draft is pending. Roles: designer, admin, officer.
         */
        get: operations["listMatterVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{id}/used-by": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which bundles use a matter
         * @description The published bundle versions pinned to a version of it, and the bundle drafts that include it. Roles: designer, admin.
         */
        get: operations["getMatterUse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed between two versions of a matter
         * @description From version `from` to version `to` (to the draft when absent): fields, materials, limits and the rest, in the service guide’s words. Roles: designer, admin.
         */
        get: operations["getMatterChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matters/{id}/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compare a copy of a matter with its latest version
         * @description A bundle draft carries its matters inline: sent one of them, answers the latest published version of the catalogue entry, which published version the copy is exactly (none when it was edited inside the bundle), and what changes from the copy to the latest version (fields, materials, limits and the rest, in the service guide’s words) — what the designer sees before moving the draft to the newer version. Writes nothing. Roles: designer, admin.
         */
        post: operations["compareMatter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The departments, of a region
         * @description All departments, or those of a region and the regions inside it, by region then name: what an officer signs in as (the department claim of their token names one by its id), and what matters name. Public: the sign-in page lists them by name.
         */
        get: operations["listDepartments"];
        put?: never;
        /**
         * Create a department of a region
         * @description Its id is made from its name and region. Role: admin.
         */
        post: operations["createDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview or import a catalogue spreadsheet (事项库导入)
         * @description The spreadsheet a 事项库 exports (XLSX with a sheet of matters — 事项名称, 事项编码, 实施主体, 事项类型, 法定办结时限, 承诺办结时限, 到办事现场次数, 收费, 设定依据 — and a sheet of materials — 事项编码, 材料名称, 来源渠道, 纸质/电子, 份数, 必要性), the same as two CSV files, or a JSON list of matter definitions, as multipart/form-data files in the field `file`. With dryRun=true nothing is written: the answer says what would be created, updated or left unchanged, with the differences and every problem located by sheet, row and column. Otherwise the matters are saved as drafts (never published) and the departments they name are created, in one transaction; a file with any problem imports nothing. The same file imported again changes nothing. Roles: designer, admin.
         */
        post: operations["importCatalogue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The data element dictionary of a region
         * @description The standard data elements (标准数据元), then the local elements of the region (本地区数据元, by Chinese name), each marked standard or local and named in Chinese and English: what the matter editor searches to bind a form field. Without region: the standard ones only. Roles: designer, admin, officer.
         */
        get: operations["listDataElements"];
        put?: never;
        /**
         * Add a local data element to a region’s dictionary
         * @description A local data element (本地区数据元): its id is made from the Chinese name (local.<pinyin>), never typed. It never changes once made; matters of the region bind it as a standard one, publishing checks and merges it as one, and each bundle version stores the local elements it binds. Roles: designer, admin.
         */
        post: operations["createDataElement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's notifications, newest first
         * @description 用户中心消息: a citizen's personal notifications (returned for supplement, matter approved or rejected, application completed or rejected); an officer's personal ones and those of their department (task assigned, supplement received, deadline warning, overdue, rectification opened or overdue), which every officer of the department sees, each with their own read state. Newest first, paged; X-Total-Count counts the matching notifications over all pages and X-Unread-Count the unread ones. Notifications are made from the application's events by a background dispatcher, usually within a second. Any role.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all the caller's notifications read
         * @description 全部已读: every notification the caller has now (personal and department) becomes read for the caller only. No request body is read. Any role.
         */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one notification read
         * @description 标记已读, for the caller only (other officers of the department still see a department notification unread). Idempotent. No request body is read. Any role.
         */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A live stream of the caller's new notifications (Server-Sent Events)
         * @description 实时消息推送 (text/event-stream): each new notification of the caller as an event `notification` whose id is the notification id and whose data is a Notification (JSON, read: false), a comment line as keep-alive every ONEGO_SSE_KEEPALIVE_MS (default 15 s), and `retry: 2000`. Without Last-Event-ID only notifications created after the stream opened are sent; with it (the header a browser's EventSource sends when it reconnects, or the lastEventId query parameter) the caller's notifications after that id are replayed first (at most 1000; read older ones with GET /api/notifications). The server ends a stream after 30 minutes and when it shuts down; EventSource reconnects by itself, and the token is checked again then.
         *
         *     **Token in the URL.** A browser's EventSource cannot send an Authorization header, so this route alone also accepts the bearer token as the access_token query parameter. The tradeoff: a URL can end up in browser history, proxy logs and Referer headers. OneGo never logs query strings; serve it over HTTPS, keep tokens short-lived, and prefer the Authorization header where the client can send one (e.g. a fetch-based SSE client). Any role.
         */
        get: operations["streamNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get how the citizen is told of their applications (通知方式)
         * @description 通知方式 (citizen): the channels chosen besides the in-app inbox — SMS and e-mail — with the mobile number, e-mail address and language of the messages. Until the citizen saves a choice, neither is chosen and the number and address are those the identity provider gave (OIDC `phone_number`, `email`), offered, never used unasked. `available` says which channels this server sends on. Role: citizen.
         */
        get: operations["getNotificationPreferences"];
        /**
         * Choose how the citizen is told of their applications (通知方式)
         * @description 通知方式 (citizen): saves the channels besides the in-app inbox. From then on each notification to the citizen (申请已提交, 请补正, 事项通过/未通过, 办结, 不予办理 …) is also sent on each chosen channel, in the chosen language, through the channel's gateway (an outbox: retried with backoff, sent once). Turning a channel off stops what is not yet queued. Role: citizen.
         */
        put: operations["putNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the departments’ webhooks
         * @description 部门 Webhook 列表, by department (secrets are never returned). Role: admin.
         */
        get: operations["listWebhooks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhooks/{department}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a department's webhook
         * @description A department's webhook (the secret is never returned). Role: admin.
         */
        get: operations["getWebhook"];
        /**
         * Create or replace a department's webhook
         * @description 配置部门 Webhook: from now on the department's notifications (of the chosen types) are queued for this URL, signed with this secret. Deliveries still pending use the new URL and secret. Only admins configure URLs, and only to public addresses: loopback, private, link-local, unique-local IPv6, reserved addresses, cloud metadata host names and URLs with a user name or password are refused (422 OUTBOUND_TARGET_REFUSED) unless the operator allow-lists the host or range (ONEGO_OUTBOUND_ALLOW); the addresses a host name resolves to are checked again at each delivery. Role: admin.
         */
        put: operations["putWebhook"];
        post?: never;
        /**
         * Remove a department's webhook
         * @description Removes the webhook; its pending deliveries are cancelled (their history stays readable). Role: admin.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhooks/{department}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a department's webhook deliveries, newest first
         * @description Webhook 投递记录 from the durable outbox: status, attempts, the last HTTP status and error, and when the next attempt is due. Failed deliveries (given up after the configured attempts) are also counted in the Prometheus counter onego_webhook_deliveries_total{outcome="failed"}. X-Total-Count counts the matching deliveries. Role: admin.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhooks/{department}/deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again
         * @description Puts a delivery (failed, cancelled, or even delivered) back in the outbox as pending with its attempts reset; it is sent at once with the same delivery id and body. No request body is read. Role: admin.
         */
        post: operations["redeliverWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    departmentNotification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A department notification, POSTed to the department's webhook URL
         * @description 部门 Webhook 推送. OneGo POSTs one notification per request from a durable outbox: a 2xx answer within the timeout (ONEGO_WEBHOOK_TIMEOUT_MS, default 10 s) delivers it; anything else (no connection, timeout, another status, a redirect — redirects are not followed) is retried with exponential backoff and jitter (about 10 s, 20 s, 40 s … at most 1 h) until ONEGO_WEBHOOK_MAX_ATTEMPTS (default 10), then the delivery is marked failed (GET /api/admin/webhooks/{department}/deliveries). Deliveries may arrive more than once and out of order: deduplicate by the delivery id, order by notification.id. X-OneGo-Signature: `t=<unix seconds>,v1=<hex>` where hex = HMAC-SHA256(secret, `<t>.<raw request body>`). To verify: take t and v1 from the header, compute the HMAC over the raw bytes received (before any JSON parsing), compare with v1 in constant time, and refuse a t more than 5 minutes from your clock (replays). Each attempt is signed anew (new t, same body).
         */
        post: operations["receiveDepartmentNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description 办件: an application with per-matter status, results and timeline. */
        Application: {
            /** Format: uuid */
            id: string;
            bundleId: string;
            bundleVersion: number;
            /** @description The bundle name. In the response language (Accept-Language: Chinese by default, English on request). */
            bundleName: string;
            status: components["schemas"]["ApplicationStatus"];
            /**
             * Format: date-time
             * @description When it was submitted.
             */
            submittedAt: string;
            /**
             * Format: date-time
             * @description Last change.
             */
            updatedAt: string;
            /** @description The applicant may still withdraw it (撤回): in progress, and no matter accepted, reviewed or decided yet. */
            withdrawable: boolean;
            /** @description Per-matter status, in bundle order. */
            matters: components["schemas"]["ApplicationMatter"][];
            /** @description Issued results once completed; [] before. */
            results: components["schemas"]["IssuedResult"][];
            /** @description Events in order (who, what, when). */
            timeline: components["schemas"]["TimelineEvent"][];
            /** @description 告知承诺 signed by the applicant. */
            commitments: components["schemas"]["Commitment"][];
            /** @description The materials of the included matters (an officer: only of their department’s matters), as the notice listed them at submission: to submit, then waived. */
            materials: components["schemas"]["ApplicationMaterial"][];
            /** @description What shared data provided at submission (an officer sees only the e-licences their matters use); null for applications submitted before it was recorded. */
            sharedData: components["schemas"]["SharedDataSummary"] | null;
            /** @description Every value's provenance (an officer: only their department's matters' fields). */
            provenance: components["schemas"]["Provenance"];
            /** @description The people it names besides the applicant: co-applicants, the person a proxy applied for. */
            parties: components["schemas"]["ApplicationParty"][];
            /** @description The enterprise (法人) it belongs to: an enterprise bundle’s application, seen by every authorised user of it. */
            enterprise?: {
                creditCode: string;
                name: string;
            };
        };
        ApplicationCreated: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["ApplicationStatus"];
            bundleId: string;
            bundleVersion: number;
            /** @description Every included matter: those without a pending dependency are pending at once, in parallel (并联审批). */
            matters: {
                matterId: string;
                department: string;
                status: components["schemas"]["MatterStatus"];
                /** @description The deadline (committed time limit in working days from acceptance); null until pending. */
                dueAt: string | null;
                /** @description The deadline counted days of a year whose national holiday schedule is not loaded, Monday–Friday (暂按周一至周五计算); it is re-based when the year is loaded. False without a deadline. */
                dueAtProvisional: boolean;
            }[];
        };
        /** @description 申请材料: one material of an application and how it was provided. */
        ApplicationMaterial: {
            materialId: string;
            /** @description Material name. In the response language (Accept-Language: Chinese by default, English on request). */
            name: string;
            /** @description The included matters (that the reader may see) that list it. */
            requiredBy: string[];
            /** @description False for a material needed only in some circumstances. */
            required: boolean;
            /** @description A key material (关键材料) cannot be accepted as missing (容缺). */
            key: boolean;
            /** @description How it was waived at submission (免提交), by what the data-sharing connector provided then. */
            waivedBy: components["schemas"]["Waiver"] | null;
            /** @description 告知承诺: the applicant signed a commitment instead of this material. */
            commitment: {
                /** @description The signed text. In the response language (Accept-Language: Chinese by default, English on request). */
                text: string;
                signedBy: string;
                /**
                 * Format: date-time
                 * @description Signed at.
                 */
                signedAt: string;
                /** @description 签名: the signature it was signed with, or null (signed without one). */
                signature: {
                    /** @description The SHA-256 of the PNG (as in the COMMITMENT_SIGNED timeline event). */
                    sha256: string;
                    /** @description drawn, or typed (the name typed, drawn by the portal). */
                    method: "drawn" | "typed";
                    /** @description Where the PNG is read (GET /api/applications/{id}/signatures/{sha256}). */
                    url: string;
                } | null;
            } | null;
            /** @description 容缺: accepted as missing and not supplied yet. */
            owed: boolean;
            /** @description The files uploaded for it (before submission with the draft, or after), oldest first. */
            uploads: components["schemas"]["MaterialUpload"][];
        };
        ApplicationMatter: {
            matterId: string;
            /** Format: uuid */
            taskId: string;
            /** @description The matter name. In the response language (Accept-Language: Chinese by default, English on request). */
            name: string;
            department: string;
            /** @description The department name. In the response language (Accept-Language: Chinese by default, English on request). */
            departmentName: string;
            status: components["schemas"]["MatterStatus"];
            /** @description When it became pending (受理). */
            acceptedAt: string | null;
            /** @description Its deadline. */
            dueAt: string | null;
            /** @description The deadline counted days of a year whose national holiday schedule is not loaded, Monday–Friday (暂按周一至周五计算); it is re-based when the year is loaded. False without a deadline. */
            dueAtProvisional: boolean;
            /** @description When it was approved or rejected. */
            decidedAt: string | null;
            supplement: components["schemas"]["SupplementState"];
            /** @description The applicant’s last reminder of it (群众已催办), or null. */
            remindedAt: string | null;
            /** @description 催办: whether and from when the applicant may remind the department (only in the applicant’s own view). */
            reminder?: {
                /** @description A reminder is possible now. */
                possible: boolean;
                /** @description From when it is (or was) possible: the warning point (预警), or the start of the working day after the last reminder; null when the matter is not pending against a deadline. */
                possibleFrom: string | null;
                /** @description The last reminder, if any. */
                lastAt: string | null;
            };
            payment?: components["schemas"]["MatterPayment"];
        };
        /** @description A person the application names besides its applicant. */
        ApplicationParty: {
            /**
             * @description coApplicant (共同申请人), or represented (被代办人: the person a proxy applies for).
             * @enum {string}
             */
            party: "coApplicant" | "represented";
            /** @description A co-applicant's role as the bundle names it (父亲, 母亲 …). */
            role?: {
                zh: string;
                en?: string;
            };
            /**
             * @description How a proxy (代办) may apply: consent (the person signs in and consents; submission waits for it) or guardian (监护人 of a minor, declared by the proxy and recorded; the ID number must show the person is under 18).
             * @enum {string}
             */
            basis?: "consent" | "guardian";
            name: string;
            /** @description When they confirmed or consented; null when not asked to (a guardian's statement) or an optional co-applicant who did not. */
            confirmedAt: string | null;
        };
        /** @description 429 APPLICATION_QUOTA_EXCEEDED: the applicant submitted as many applications today as allowed; nothing was written. */
        ApplicationQuotaExceeded: {
            /** @constant */
            code: "APPLICATION_QUOTA_EXCEEDED";
            /** @description Applications one citizen may submit per day (ONEGO_QUOTA_APPLICATIONS_PER_DAY). */
            limit: number;
            /** @description Seconds to midnight, China Standard Time, when the count starts again (also the Retry-After header). */
            retryAfterSeconds: number;
        } & WithRequired<components["schemas"]["Error"], "code" | "message">;
        /**
         * @description in_progress (办理中), awaiting_supplement (待补正: a matter was returned), issuing (正在出证: every matter is decided and the issuing system is issuing the results; retried while it is unreachable), completed (已办结, results issued), rejected (不予办理), withdrawn (已撤回: the applicant withdrew it before any matter was decided).
         * @enum {string}
         */
        ApplicationStatus: "in_progress" | "awaiting_supplement" | "issuing" | "completed" | "rejected" | "withdrawn";
        ApplicationSummary: {
            /** Format: uuid */
            id: string;
            bundleId: string;
            bundleVersion: number;
            /** @description The bundle name. In the response language (Accept-Language: Chinese by default, English on request). */
            bundleName: string;
            status: components["schemas"]["ApplicationStatus"];
            /**
             * Format: date-time
             * @description When it was submitted.
             */
            submittedAt: string;
            /**
             * Format: date-time
             * @description Last change.
             */
            updatedAt: string;
        };
        BeforeAfter: {
            before: number;
            after: number;
        };
        /** @description Whether a bundle is on the portal (上线) or off it (下线). */
        BundleAvailability: {
            /** @description The bundle id. */
            id: string;
            /** @description Off the portal (下线) since then, by them; null: on the portal. */
            withdrawn: {
                /** @description Who took it off the portal. */
                withdrawnBy: string;
                /**
                 * Format: date-time
                 * @description When it was taken off.
                 */
                withdrawnAt: string;
            } | null;
        };
        /** @description A bundle definition with its matters, in the definition format (schemas/bundle.schema.json, schemas/matter.schema.json). */
        BundleDefinition: {
            bundle: Bundle;
            /** @description The matters the bundle names (事项, each with its service guide 办事指南). */
            matters: Matter[];
            /** @description The local data elements (本地区数据元) its matters bind, as they were when it was published (schemas/data-elements.schema.json); absent when they bind standard ones only. Compiled as a dictionary of the entity local after the standard one. */
            localElements?: DataElement[];
        };
        /** @description A published bundle with its full definition. */
        BundleDetail: {
            id: Identifier;
            /** @description The published version (1, 2, …); applications stay on the version they started with. */
            version: number;
            /** @description The bundle name (一件事名称). In the response language (Accept-Language: Chinese by default, English on request). */
            name: string;
            /** @description What the bundle covers. In the response language (Accept-Language: Chinese by default, English on request). */
            description?: string;
            region?: {
                /** @description GB/T 2260 administrative division code. */
                divisionCode: string;
                /** @description The region name. In the response language (Accept-Language: Chinese by default, English on request). */
                name: string;
            };
            /** @description The committed time limit of the whole bundle (承诺办结时限). */
            committedTimeLimit: TimeLimit;
            /** @description On-site visits the applicant makes (跑动次数). */
            visits: number;
            /** @description The matters (事项) of the bundle, in bundle order; the answers decide which are included. */
            matters: {
                id: Identifier;
                /** @description The matter name. In the response language (Accept-Language: Chinese by default, English on request). */
                name: string;
                /** @description The id of the regional department whose officers handle the matter (a department record, GET /api/departments). */
                department: string;
                /** @description The department name. In the response language (Accept-Language: Chinese by default, English on request). */
                departmentName: string;
            }[];
            /**
             * Format: date-time
             * @description When this version was published.
             */
            publishedAt: string;
            /**
             * @description The bundle is off the portal (已下线): it takes no new application; running ones continue. Absent while it is on.
             * @constant
             */
            withdrawn?: true;
            definition: components["schemas"]["BundleDefinition"];
        };
        /** @description The saved draft of a bundle; its ETag comes in the header. */
        BundleDraft: {
            /** @description The definition as saved ({bundle, matters}, in the definition format; it may have problems: a draft is work in progress). */
            definition: Record<string, unknown>;
            /** @description Who saved it last. */
            updatedBy: string;
            /**
             * Format: date-time
             * @description When.
             */
            updatedAt: string;
        };
        /** @description A saved draft (草稿) in the designer’s list. */
        BundleDraftSummary: {
            /** @description The bundle id (bundle.id of the draft). */
            id: string;
            /** @description The bundle name of the draft (its id when it has none yet). In the response language (Accept-Language: Chinese by default, English on request). */
            name: string;
            /** @description Who saved it last. */
            updatedBy: string;
            /**
             * Format: date-time
             * @description When.
             */
            updatedAt: string;
            /** @description The latest published version of this bundle; null when it was never published. */
            publishedVersion: number | null;
            /** @description How many definition problems the draft has (0: it can be published). */
            issues: number;
            /** @description The entity tag of the draft as listed (the ETag of GET /api/bundles/{id}/draft): send it as If-Match to discard only this version. */
            etag: string;
        };
        /** @description Before (the included matters one by one) and after (the bundle), for the given answers. */
        BundleMetrics: {
            /** @description 减材料: materials to submit. */
            materials: components["schemas"]["BeforeAfter"];
            /** @description 减环节: steps. */
            steps: components["schemas"]["BeforeAfter"];
            /** @description 减时间: working days (sum of matters vs the critical path). */
            workingDays: components["schemas"]["BeforeAfter"];
            /** @description 减跑动: on-site visits. */
            visits: components["schemas"]["BeforeAfter"];
            /** @description 一表申请: form fields. */
            fields: components["schemas"]["BeforeAfter"];
        };
        /** @description 办件统计 of one bundle for the applications submitted in the period. */
        BundleStats: {
            bundleId: string;
            /** @description The version asked for; null: all versions. */
            version: number | null;
            /** @description The first instant included (the from parameter; a date is 00:00 China Standard Time), null when not given. */
            from: string | null;
            /** @description The last instant included (a date is 23:59:59.999 China Standard Time), null when not given. */
            to: string | null;
            /** @description The committed time limit of the bundle (承诺办结时限) of that version, or of the latest. */
            committedTimeLimit: TimeLimit;
            /** @description Applications submitted in the period. */
            applications: {
                total: number;
                /** @description Applications per status (in_progress, awaiting_supplement, completed, rejected always present). */
                byStatus: {
                    [key: string]: number;
                };
            };
            processing: {
                /** @description 办结: completed or rejected. */
                finished: number;
                /** @description Real 办理用时: working days from submission to completion or rejection (the submission day not counted, as deadlines count). Working days; 2 decimals; null when no application has finished. */
                workingDays: {
                    median: number | null;
                    /** @description 90th percentile (linear interpolation between closest ranks). */
                    p90: number | null;
                    average: number | null;
                };
                /** @description Designed 减时间 for the same finished applications (engine metrics). */
                committedWorkingDays: {
                    /** @description Designed before: the included matters’ own committed limits summed (one by one), averaged. */
                    before: number | null;
                    /** @description Designed after: the limit each application is held to — the critical path of its included matters’ in-bundle limits — averaged. */
                    after: number | null;
                };
                /** @description Finished by the end of the last working day of its limit. */
                onTime: number;
                /** @description 按时办结率, 4 decimals; null when none finished. */
                onTimeRate: number | null;
                /** @description Of the finished: how many were counted over a year whose holiday schedule is not loaded (Monday–Friday, provisionally). */
                provisional: number;
            };
            autoApproval: {
                /** @description Matters approved or rejected by an officer or a rule (not those rejected only because a matter they wait for was rejected). */
                decidedMatters: number;
                /** @description Of those, decided by rule (秒批: decidedBy rule <version>). */
                byRule: number;
                /** @description 秒批率, 4 decimals. */
                rate: number | null;
            };
            visits: {
                /** @description On-site visits the included matters need one by one, averaged. */
                before: number | null;
                /** @description Visits of the bundle, averaged. */
                after: number | null;
                /** @description 减跑动: before − after, averaged over the applications. */
                avoided: number | null;
            };
        };
        /** @description A published bundle (一件事), latest version. */
        BundleSummary: {
            id: Identifier;
            /** @description The published version (1, 2, …); applications stay on the version they started with. */
            version: number;
            /** @description The bundle name (一件事名称). In the response language (Accept-Language: Chinese by default, English on request). */
            name: string;
            /** @description What the bundle covers. In the response language (Accept-Language: Chinese by default, English on request). */
            description?: string;
            region?: {
                /** @description GB/T 2260 administrative division code. */
                divisionCode: string;
                /** @description The region name. In the response language (Accept-Language: Chinese by default, English on request). */
                name: string;
            };
            /** @description The committed time limit of the whole bundle (承诺办结时限). */
            committedTimeLimit: TimeLimit;
            /** @description On-site visits the applicant makes (跑动次数). */
            visits: number;
            /** @description The matters (事项) of the bundle, in bundle order; the answers decide which are included. */
            matters: {
                id: Identifier;
                /** @description The matter name. In the response language (Accept-Language: Chinese by default, English on request). */
                name: string;
                /** @description The id of the regional department whose officers handle the matter (a department record, GET /api/departments). */
                department: string;
                /** @description The department name. In the response language (Accept-Language: Chinese by default, English on request). */
                departmentName: string;
            }[];
            /**
             * Format: date-time
             * @description When this version was published.
             */
            publishedAt: string;
        };
        BundleVersions: {
            /** @description Published versions, newest first. */
            versions: {
                bundleId: string;
                version: number;
                /** @description Who published it (system for the examples). */
                publishedBy: string;
                /**
                 * Format: date-time
                 * @description When.
                 */
                publishedAt: string;
            }[];
            /** @description The unpublished draft (草稿), if any. */
            draft: {
                /**
                 * Format: date-time
                 * @description When the draft was last saved.
                 */
                updatedAt: string;
                /** @description Who saved it. */
                updatedBy: string;
            } | null;
            /** @description Off the portal (已下线) since then, by them; null: on the portal (or never published). */
            withdrawn: {
                /** @description Who took it off the portal. */
                withdrawnBy: string;
                /**
                 * Format: date-time
                 * @description When it was taken off.
                 */
                withdrawnAt: string;
            } | null;
        };
        CalendarListing: {
            /** @description The years of the national schedule that are loaded, ascending. */
            nationalYears: number[];
            calendars: {
                /** @description "national" or the division code of a regional overlay. */
                region: string;
                /** @description The region’s name in the response language; null for the national schedule. */
                regionName: string | null;
                year: number;
                /** @description The notice it comes from. */
                source: string;
                /** @description Shipped with OneGo, a file of ONEGO_CALENDAR_DIR, or uploaded by an admin. */
                origin: "shipped" | "file" | "upload";
                loadedBy: string;
                /**
                 * Format: date-time
                 * @description When it was stored.
                 */
                loadedAt: string;
                /** @description How many holiday periods it lists. */
                holidays: number;
                /** @description How many make-up working days (调休上班) it lists. */
                workdays: number;
            }[];
            /** @description What an operator should do: load the missing year. Empty when nothing is missing. */
            warnings: components["schemas"]["CalendarWarning"][];
        };
        CalendarLoad: {
            region: string;
            year: number;
            /** @description False when the same document was loaded already: nothing was written. */
            changed: boolean;
            dryRun: boolean;
            /** @description How many task deadlines moved (or would move). */
            count: number;
            /** @description Open rectifications (差评整改) whose deadline moved (or would move), or stopped being provisional. */
            rectifications: {
                /** Format: uuid */
                rectificationId: string;
                /** Format: uuid */
                applicationId: string;
                department: string;
                /**
                 * Format: date-time
                 * @description The deadline before.
                 */
                from: string;
                /**
                 * Format: date-time
                 * @description The deadline now.
                 */
                to: string;
                provisional: boolean;
            }[];
            rebased: {
                /** Format: uuid */
                applicationId: string;
                /** Format: uuid */
                taskId: string;
                bundleName: string;
                matterId: string;
                matterName: string;
                department: string;
                departmentName: string;
                /**
                 * Format: date-time
                 * @description The deadline before.
                 */
                from: string;
                /**
                 * Format: date-time
                 * @description The deadline now (the same when only the provisional mark went).
                 */
                to: string;
                /** @description Still provisional (a year it reaches is still missing). */
                provisional: boolean;
            }[];
        };
        CalendarWarning: {
            /** @description The current year’s national schedule is missing, or (from 1 November) next year’s. */
            code: "CALENDAR_YEAR_MISSING" | "CALENDAR_NEXT_YEAR_MISSING";
            /** @description The missing year. */
            year: number;
            /** @description What to do, in the response language (GET /api/calendars; /health gives code and year only). */
            message?: string;
        };
        /** @description What a catalogue import does (or did): matters created, updated or unchanged, with their differences, as drafts only. */
        CatalogueImportPreview: {
            matters: {
                sheet: string;
                row: number;
                action: "create" | "update" | "unchanged";
                /** @description The catalogue id: made from the official 事项编码 (sx-<code>) or from the name, never typed by staff. */
                id: string;
                code?: string;
                name: string;
                department: {
                    id: string;
                    name: string;
                    created: boolean;
                };
                changes: components["schemas"]["MatterChange"][];
                /** @description What the draft still needs before it can be published (what the sheets do not carry: steps, the form …). */
                toComplete: components["schemas"]["MatterProblem"][];
                definition: {
                    [key: string]: unknown;
                };
            }[];
            /** @description Departments the import creates. */
            departments: {
                id: string;
                /** @description The name in Chinese, and in English when known. */
                name: {
                    zh: string;
                    en?: string;
                };
                /** @description A GB/T 2260 division code (370100: 济南市) or "national". */
                region: string;
                regionName?: string;
            }[];
            /** @description Anything here and nothing is imported. */
            problems: {
                /** @description The sheet (XLSX) or file (CSV, JSON). */
                sheet: string;
                /** @description The row as the spreadsheet numbers it (the header is row 1). */
                row?: number;
                /** @description The column’s header: 法定办结时限. */
                column?: string;
                /** @description The whole sentence, place first. */
                message: {
                    zh: string;
                    en: string;
                };
            }[];
            /** @description How values were read (15日 as natural days …): worth a look, not in the way. */
            notes: {
                /** @description The sheet (XLSX) or file (CSV, JSON). */
                sheet: string;
                /** @description The row as the spreadsheet numbers it (the header is row 1). */
                row?: number;
                /** @description The column’s header: 法定办结时限. */
                column?: string;
                /** @description The whole sentence, place first. */
                message: {
                    zh: string;
                    en: string;
                };
            }[];
        };
        CatalogueImportRequest: {
            /** @description One XLSX (a sheet of matters and one of materials), or the CSV files (matters.csv and materials.csv), or a JSON list of matter definitions; at most 4 files of 10 MB. */
            file: string[];
        };
        /** @description An application as a named person reads it before confirming. */
        CoApplication: {
            /** Format: uuid */
            draftId: string;
            bundleId: string;
            /** @description The bundle name. In the response language (Accept-Language: Chinese by default, English on request). */
            bundleName: string;
            /** @description The scenario answers. */
            answers: Record<string, unknown>;
            /** @description The form data as the applicant filled it. */
            data: Record<string, unknown>;
            /**
             * Format: date-time
             * @description When the applicant last saved it.
             */
            savedAt: string;
            /** @description The caller's parts in it. */
            parts: {
                /**
                 * @description coApplicant (共同申请人), or represented (被代办人: the person a proxy applies for).
                 * @enum {string}
                 */
                party: "coApplicant" | "represented";
                /** @description A co-applicant's role as the bundle names it (父亲, 母亲 …). */
                role?: {
                    zh: string;
                    en?: string;
                };
                /**
                 * @description How a proxy (代办) may apply: consent (the person signs in and consents; submission waits for it) or guardian (监护人 of a minor, declared by the proxy and recorded; the ID number must show the person is under 18).
                 * @enum {string}
                 */
                basis?: "consent" | "guardian";
                name: string;
                /**
                 * @description applicant: the applicant themself (same ID number); pending: not confirmed yet; confirmed: confirmed the content as it is; changed: confirmed, but the content changed since (to confirm again).
                 * @enum {string}
                 */
                status: "applicant" | "pending" | "confirmed" | "changed";
                /**
                 * Format: date-time
                 * @description When confirmed.
                 */
                confirmedAt?: string;
            }[];
        };
        /** @description An application waiting for the caller: they are named as a co-applicant, or as the person a proxy applies for. */
        CoApplicationSummary: {
            /** Format: uuid */
            draftId: string;
            bundleId: string;
            /** @description The bundle name. In the response language (Accept-Language: Chinese by default, English on request). */
            bundleName: string;
            /**
             * @description coApplicant (共同申请人), or represented (被代办人: the person a proxy applies for).
             * @enum {string}
             */
            party: "coApplicant" | "represented";
            /** @description A co-applicant's role as the bundle names it (父亲, 母亲 …). */
            role?: {
                zh: string;
                en?: string;
            };
            /**
             * @description How a proxy (代办) may apply: consent (the person signs in and consents; submission waits for it) or guardian (监护人 of a minor, declared by the proxy and recorded; the ID number must show the person is under 18).
             * @enum {string}
             */
            basis?: "consent" | "guardian";
            /** @description The name the draft gives the caller. */
            name: string;
            /**
             * @description applicant: the applicant themself (same ID number); pending: not confirmed yet; confirmed: confirmed the content as it is; changed: confirmed, but the content changed since (to confirm again).
             * @enum {string}
             */
            status: "applicant" | "pending" | "confirmed" | "changed";
            /**
             * Format: date-time
             * @description When the applicant last saved it.
             */
            savedAt: string;
            /**
             * Format: date-time
             * @description When the caller last confirmed.
             */
            confirmedAt?: string;
        };
        Colleague: {
            /** @description A colleague's subject, from the department's staff list (picked by name). */
            to: string;
        };
        /** @description 告知承诺: a signed commitment that replaces a material. */
        Commitment: {
            materialId: string;
            /** @description The commitment text as signed (告知承诺书). In the response language (Accept-Language: Chinese by default, English on request). */
            text: string;
            /** @description The applicant who signed. */
            signedBy: string;
            /**
             * Format: date-time
             * @description When it was signed.
             */
            signedAt: string;
            /** @description 签名: the signature it was signed with, or null (signed without one). */
            signature: {
                /** @description The SHA-256 of the PNG (as in the COMMITMENT_SIGNED timeline event). */
                sha256: string;
                /** @description drawn, or typed (the name typed, drawn by the portal). */
                method: "drawn" | "typed";
                /** @description Where the PNG is read (GET /api/applications/{id}/signatures/{sha256}). */
                url: string;
            } | null;
        };
        Confirmation: {
            /** Format: uuid */
            draftId: string;
            /**
             * Format: date-time
             * @description When the confirmation was recorded.
             */
            confirmedAt: string;
        };
        /** @description 通知方式: how the citizen is told of their applications besides the in-app inbox. */
        ContactPreferences: {
            /** @description Receive notifications by SMS (短信) too. */
            sms: boolean;
            /** @description Receive notifications by e-mail (电子邮件) too. */
            email: boolean;
            /** @description The mainland mobile number for SMS: 11 digits starting with 1 (422 CONTACT_PHONE_INVALID otherwise). */
            phone: string | null;
            /** @description The e-mail address (422 CONTACT_EMAIL_INVALID when malformed). */
            emailAddress: string | null;
            /** @description The language of the SMS and e-mail messages. */
            language: "zh" | "en";
            /** @description Whether the citizen saved a choice; until then no SMS or e-mail is sent, and phone and emailAddress are those of the identity provider (OIDC phone_number, email), if it gave them. */
            saved: boolean;
            /** @description The channels this server sends on (a gateway is configured: ONEGO_SMS_URL, ONEGO_EMAIL_URL). */
            available: {
                sms: boolean;
                email: boolean;
            };
        };
        /** @description 通知方式: the channels chosen besides the in-app inbox (which always receives every notification), with the number and address they go to. */
        ContactPreferencesRequest: {
            /** @description Receive notifications by SMS (短信) too. */
            sms: boolean;
            /** @description Receive notifications by e-mail (电子邮件) too. */
            email: boolean;
            /** @description The mainland mobile number for SMS: 11 digits starting with 1 (422 CONTACT_PHONE_INVALID otherwise). */
            phone: string | null;
            /** @description The e-mail address (422 CONTACT_EMAIL_INVALID when malformed). */
            emailAddress: string | null;
            /** @description The language of the SMS and e-mail messages. */
            language: "zh" | "en";
        };
        CountersignerAdd: {
            /** @description 加签: the colleague's subject, from the department's staff list. */
            add: string;
        };
        /** @description A data element (数据元) as the designer searches and binds it. */
        DataElementEntry: {
            /** @description The element id a matter’s field binds (applicant.name; local.<name in pinyin> for a local one), never typed by staff. */
            id: string;
            /** @description The name in Chinese and English. */
            label: {
                zh: string;
                en: string;
            };
            type: "string" | "integer" | "number" | "boolean";
            /** @description The format (date, cn-mobile …), as the definition format names it. */
            format?: string;
            /** @description The allowed values of a 选项 element, each with its name. */
            options?: {
                value: string | number | boolean;
                label: {
                    zh: string;
                    en: string;
                };
            }[];
            /** @description standard: of the standard dictionary (标准数据元); local: added by the region’s designers (本地区数据元). */
            origin: "standard" | "local";
            /** @description The region of a local element. */
            region?: string;
        };
        /** @description 审批决定: approve (通过; on a matter with review steps: completes the current step, or signs it when it is countersigned), sendBack (退回上一步, to toStep), reject (不予许可), return for supplement (退回补正: names the missing materials and/or the fields to correct, or says why in a comment; the time limit stops until the applicant supplements), or accept with non-key materials missing (容缺受理: names them in missing; the matter goes on and cannot be approved until they are supplied). A return that names nothing and says nothing, or an acceptance that names no material or names fields, is refused 400 BAD_REQUEST (with the task's other checks, after the task is found). */
        Decision: {
            /** @enum {string} */
            decision: "approve" | "reject" | "return" | "accept" | "sendBack";
            /** @description A matter with review steps: the step the officer decides, as they saw it; refused 409 STEP_ALREADY_DECIDED when the matter has moved on. */
            stepId?: string;
            /** @description approve on a step with result fields: their values by key (child.idNumber), validated like form fields (422 VALIDATION_FAILED at /results/<key>); a countersigned step's signers may each record some, the completing one leaves them complete. */
            results?: {
                [key: string]: unknown;
            };
            /** @description sendBack (退回上一步): the id of an earlier step of the matter. */
            toStep?: string;
            /** @description The officer’s comment; the reason of a rejection. */
            comment?: string;
            /** @description Material ids: to supplement (return), or owed (accept: non-key materials only, at least one; else 400 BAD_REQUEST). */
            missing?: string[];
            /** @description return: JSON Pointers of the matter's fields to correct, e.g. /mother/name or /child/0/birthDate. Not with accept (400 BAD_REQUEST). */
            fields?: string[];
        };
        /** @description The task after the decision, and the status of its application. */
        DecisionResult: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            matterId: string;
            department: string;
            status: components["schemas"]["MatterStatus"];
            /** @description When it became pending (受理). */
            acceptedAt: string | null;
            /** @description Its deadline (办结时限), in working days by the calendar. */
            dueAt: string | null;
            /** @description The deadline counted days of a year whose national holiday schedule is not loaded, Monday–Friday (暂按周一至周五计算); it is re-based when the year is loaded. False without a deadline. */
            dueAtProvisional: boolean;
            /** @description When it was approved or rejected; null otherwise. */
            decidedAt: string | null;
            /** @description The deciding officer's subject, or 'rule <version>' for an auto-approval (秒批). */
            decidedBy: string | null;
            applicationStatus: components["schemas"]["ApplicationStatus"];
        };
        /** @description 422 DEFINITION_INVALID: the bundle definition has problems, checked as `onego validate` checks files. POST /api/bundles lists them in `issues`; publishing a draft that no longer checks answers without them. */
        DefinitionInvalid: {
            /** @constant */
            code: "DEFINITION_INVALID";
            issues?: {
                /** @description Which document: 'bundle', or 'matters/<index>' for the matters array. */
                file: string;
                /** @description JSON Pointer into that document. */
                path: string;
                /** @description The stable definition issue code (e.g. SCHEMA_VIOLATION, UNKNOWN_MATTER, DEPENDENCY_CYCLE). */
                code: string;
                /** @description The issue in the response language. */
                message: string;
            }[];
        } & WithRequired<components["schemas"]["Error"], "code" | "message">;
        /** @description A problem of a bundle definition, as `onego validate` reports it. */
        DefinitionIssue: {
            /** @description Which document: 'bundle', or 'matters/<index>' for the matters array. */
            file: string;
            /** @description JSON Pointer into that document. */
            path: string;
            /** @description The stable definition issue code (e.g. SCHEMA_VIOLATION, UNKNOWN_MATTER, DEPENDENCY_CYCLE). */
            code: string;
            /** @description The issue in the response language. */
            message: string;
        };
        /** @description 示例工作人员: an officer of a department holding one position that review steps name, to sign in as with dev login. */
        DemoOfficer: {
            /** @description The subject to sign in with (POST /api/auth/dev-login). */
            subject: string;
            /** @description The display name to sign in with: the department and the position (公安局科室负责人). */
            name: string;
            /** @description The department record id to sign in with. */
            department: string;
            /** @description The position (岗位) to sign in with, as review steps name it (窗口人员, 经办人, 科室负责人 …). */
            position: string;
            /** @description The department. In the response language (Accept-Language: Chinese by default, English on request). */
            departmentName: string;
            /** @description The department's region, when known (河南省). */
            regionName?: string;
            /** @description The steps this position takes, "<matter> · <step>" in the response language; （负责）/(lead) where it leads the step rather than handling it. */
            steps: string[];
        };
        /** @description A department (部门) of a region: two regions’ 公安局 are two departments. */
        Department: {
            /** @description Made from the name and the region (gonganju-410000), never typed. */
            id: string;
            /** @description The name in Chinese, and in English when known. */
            name: {
                zh: string;
                en?: string;
            };
            /** @description A GB/T 2260 division code (370100: 济南市) or "national". */
            region: string;
            regionName?: string;
            createdBy: string;
            /**
             * Format: date-time
             * @description When it was created.
             */
            createdAt: string;
        };
        /**
         * @description A notification type sent to departments (see NotificationType).
         * @enum {string}
         */
        DepartmentNotificationType: "task_assigned" | "supplement_received" | "deadline_warning" | "overdue" | "rectification_opened" | "rectification_overdue" | "application_withdrawn" | "reminder_received" | "step_deadline_warning" | "lead_overdue" | "task_escalated";
        DevLogin: {
            /** @description A bearer token (HS256 JWT, 12 hours) to send as `Authorization: Bearer <token>`. */
            token: string;
            subject: string;
            role: components["schemas"]["Role"];
            /** @description Only for an officer. */
            department?: string;
            /** @description The display name, when given. */
            name?: string;
            /** @description Only for an officer who gave positions. */
            positions?: string[];
            /** @description Only for a citizen who gave one (upper-case X). */
            idNumber?: string;
            enterprise?: components["schemas"]["Enterprise"];
        };
        DevLoginRequest: {
            role: components["schemas"]["Role"];
            /** @description Who signs in (any non-empty id). */
            subject: string;
            /** @description The department id (e.g. health); required for an officer, ignored for other roles. */
            department?: string;
            /** @description A display name (姓名), shown to colleagues and in the timeline. */
            name?: string;
            /** @description An officer's positions within their department (岗位, e.g. 窗口人员, 经办人, 科室负责人): the handler roles of review steps they may take. Ignored for other roles. */
            positions?: string[];
            enterprise?: components["schemas"]["Enterprise"];
            /** @description A citizen's resident ID number (公民身份号码, with a valid check digit), carried in the token: the data-sharing connector finds the citizen's records by it (by subject without it). Ignored for other roles. */
            idNumber?: string;
        };
        /** @description 核验结果: what a receipt or completion notice certifies, without personal data (the name masked, no form values, no certificate numbers). */
        DocumentVerification: {
            /**
             * @description The document was issued by this platform (a token that was not is answered 404 DOCUMENT_NOT_GENUINE).
             * @constant
             */
            genuine: true;
            /** @description receipt (受理回执) or completion-notice (办结通知书). */
            document: "receipt" | "completion-notice";
            /** @description The application number (办件编号) printed on the document. */
            applicationNumber: string;
            /** @description The bundle (一件事) applied for. In the response language (Accept-Language: Chinese by default, English on request). */
            bundleName: string;
            /** @description The applicant’s name with all but its first character masked (张**); — when the form gave none. */
            applicant: string;
            /**
             * Format: date-time
             * @description When the application was submitted (受理).
             */
            submittedAt: string;
            /** @description The application’s status now: in_progress, awaiting_supplement, completed, rejected. */
            status: string;
            /** @description When it was completed or not granted (办结); null while in progress. */
            endedAt: string | null;
            /** @description The matters of the application, in the bundle’s order. */
            matters: {
                /** @description The matter. In the response language (Accept-Language: Chinese by default, English on request). */
                name: string;
                /** @description Its department. In the response language (Accept-Language: Chinese by default, English on request). */
                department: string;
                /** @description waiting, pending, returned, approved, rejected or cancelled. */
                status: string;
            }[];
        };
        /** @description 草稿: a saved, unsubmitted application, the citizen’s alone. */
        Draft: {
            /** Format: uuid */
            id: string;
            bundleId: string;
            /** @description The answers saved. */
            answers: Record<string, unknown>;
            /** @description The data saved. */
            data: Record<string, unknown>;
            /** @description 告知承诺 chosen in the draft: material ids, signed only when the application is submitted with them; default []. */
            commitments: string[];
            version: number;
            /**
             * Format: date-time
             * @description Created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last saved.
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When it is deleted unless saved again (ONEGO_DRAFT_TTL_DAYS after the last save).
             */
            expiresAt: string;
            onBehalfOf?: components["schemas"]["OnBehalfOf"];
        };
        /** @description 412 DRAFT_CHANGED: the bundle draft is not the one the caller read or saved; who saved it and when. */
        DraftChanged: {
            /** @constant */
            code: "DRAFT_CHANGED";
            /** @description Who saved the draft as it is now. */
            updatedBy: string;
            /**
             * Format: date-time
             * @description When.
             */
            updatedAt: string;
        } & WithRequired<components["schemas"]["Error"], "code" | "message">;
        /** @description 申请材料随草稿上传: one uploaded file of one material of a draft, not submitted yet. */
        DraftMaterialUpload: {
            /**
             * Format: uuid
             * @description The upload id (kept when the draft is submitted).
             */
            id: string;
            /** Format: uuid */
            draftId: string;
            /** @description The material (as the matter definitions name it). */
            materialId: string;
            /** @description The sanitised file name. */
            filename: string;
            /** @description Bytes. */
            size: number;
            /** @description SHA-256 of the bytes, lowercase hex. */
            sha256: string;
            /** @description The type recognised from the bytes. */
            mediaType: string;
            /** @description The Content-Type the client sent for the part (recorded only). */
            declaredType: string | null;
            /** Format: date-time */
            uploadedAt: string;
            /** @description Where to download it: /api/application-drafts/{id}/materials/{uploadId}/content. */
            contentUrl: string;
        };
        /** @description A person a draft names, and whether they confirmed it. */
        DraftParty: {
            /**
             * @description coApplicant (共同申请人), or represented (被代办人: the person a proxy applies for).
             * @enum {string}
             */
            party: "coApplicant" | "represented";
            /** @description A co-applicant's role as the bundle names it (父亲, 母亲 …). */
            role?: {
                zh: string;
                en?: string;
            };
            /**
             * @description How a proxy (代办) may apply: consent (the person signs in and consents; submission waits for it) or guardian (监护人 of a minor, declared by the proxy and recorded; the ID number must show the person is under 18).
             * @enum {string}
             */
            basis?: "consent" | "guardian";
            name: string;
            /** @description The ID number, masked (the first four and last four characters). */
            idNumber: string;
            /** @description Submission waits for their confirmation. */
            required: boolean;
            /**
             * @description applicant: the applicant themself (same ID number); pending: not confirmed yet; confirmed: confirmed the content as it is; changed: confirmed, but the content changed since (to confirm again).
             * @enum {string}
             */
            status: "applicant" | "pending" | "confirmed" | "changed";
            /**
             * Format: date-time
             * @description When they last confirmed.
             */
            confirmedAt?: string;
        };
        /** @description A partly filled application (保存草稿): never validated until it is submitted. */
        DraftRequest: {
            bundleId: string;
            /** @description Answers to the scenario questions; default {}. */
            answers?: Record<string, unknown>;
            /** @description The merged form data as filled so far; default {}. Fields the bundle’s form does not define are refused (422). */
            data?: Record<string, unknown>;
            /** @description 告知承诺 chosen in the draft: material ids, signed only when the application is submitted with them; default []. */
            commitments?: string[];
            onBehalfOf?: components["schemas"]["OnBehalfOf"];
        };
        DraftSaved: {
            id: Identifier;
            /** @constant */
            draft: true;
            /** @description Who saved it (the caller). */
            updatedBy: string;
            /**
             * Format: date-time
             * @description When the draft was saved.
             */
            updatedAt: string;
            /** @description The definition problems of the draft as saved (empty when there are none); publishing waits until there are none. */
            issues: components["schemas"]["DefinitionIssue"][];
        };
        /** @description New answers and/or data; `version` (the one read) refuses a save over another device’s newer one (409 DRAFT_CONFLICT). */
        DraftUpdate: {
            /** @description The answers; omitted: unchanged. */
            answers?: Record<string, unknown>;
            /** @description The data; omitted: unchanged. */
            data?: Record<string, unknown>;
            /** @description 告知承诺 chosen in the draft: material ids, signed only when the application is submitted with them; default []. */
            commitments?: string[];
            /** @description The version read: a save over a newer one is refused. */
            version?: number;
            /** @description 代办: the person applied for; null: nobody any more; omitted: unchanged. */
            onBehalfOf?: components["schemas"]["OnBehalfOf"] | null;
        };
        /** @description 422 DRAFT_UPLOAD_NOT_ALLOWED: a file uploaded to the draft no longer meets its material’s limits for the matters the submitted answers include. */
        DraftUploadNotAllowed: {
            /** @constant */
            code: "DRAFT_UPLOAD_NOT_ALLOWED";
            uploadId: string;
            materialId: string;
        } & WithRequired<components["schemas"]["Error"], "code" | "message">;
        /** @description An enterprise user (法人): the enterprise they act for. Its applications (of bundles for enterprises) belong to it: every authorised user of it sees them. */
        Enterprise: {
            /** @description The unified social credit code (统一社会信用代码, 18 characters with its check character). */
            creditCode: string;
            /** @description The enterprise name (企业名称). */
            name: string;
            /**
             * @description The user's role in the enterprise: legalRepresentative (法定代表人) or agent (经办人, authorised by it).
             * @enum {string}
             */
            role: "legalRepresentative" | "agent";
        };
        /** @description Every error: a stable `code` and a human-readable `message` in the response language (zh by default, en with Accept-Language: en). Some codes add details (VALIDATION_FAILED: errors; DEFINITION_INVALID: issues; DRAFT_CHANGED: updatedBy, updatedAt; MATERIAL_TOO_LARGE: maxBytes; MATERIAL_TYPE_NOT_ALLOWED: detected, allowed; TEXT_TOO_LONG: field, maxLength). Never a stack trace; client input appears in a message only as a short excerpt (at most 120 characters, control and markup characters escaped as \uXXXX). */
        Error: {
            code: components["schemas"]["ErrorCode"];
            /** @description What went wrong, for people (zh or en). */
            message: string;
        };
        /**
         * @description The stable error codes of the HTTP API (runtime/src/http/errorMessages.ts), and the working-day calendar errors of the engine. Each operation lists the codes it gives.
         * @enum {string}
         */
        ErrorCode: "BAD_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNKNOWN_MATERIAL" | "BAD_REQUEST" | "VALIDATION_FAILED" | "UNAUTHENTICATED" | "INVALID_TOKEN" | "DEPARTMENT_UNKNOWN" | "FORBIDDEN" | "NOT_FOUND" | "BUNDLE_NOT_FOUND" | "BUNDLE_WITHDRAWN" | "APPLICATION_NOT_FOUND" | "COAPPLICANT_NOT_NAMED" | "COAPPLICANT_ALREADY_CONFIRMED" | "COAPPLICANT_CONFIRMATION_PENDING" | "PROXY_CONSENT_PENDING" | "PROXY_NOT_A_MINOR" | "PROXY_FOR_ONESELF" | "PROXY_ID_NUMBER_INVALID" | "ENTERPRISE_SIGN_IN_REQUIRED" | "TASK_NOT_FOUND" | "CALENDAR_NOT_FOUND" | "IDEMPOTENCY_KEY_REQUIRED" | "IDEMPOTENCY_CONFLICT" | "TASK_ALREADY_DECIDED" | "TASK_NOT_ACTIONABLE" | "TASK_AWAITING_PAYMENT" | "TASK_ALREADY_CLAIMED" | "TASK_NOT_CLAIMED" | "NOT_TASK_HOLDER" | "NOT_STEP_LEAD" | "POSITION_REQUIRED" | "COLLEAGUE_NOT_IN_DEPARTMENT" | "DELEGATION_PENDING" | "NOT_DELEGATED" | "ALREADY_SIGNED" | "NOT_A_SIGNER" | "STEP_NOT_COUNTERSIGNED" | "SIGNER_ALREADY_ADDED" | "STEP_ALREADY_DECIDED" | "STEP_NOT_EARLIER" | "RETURN_ONLY_AT_FIRST_STEP" | "NO_REVIEW_STEPS" | "NOTHING_INCLUDED" | "DEFINITION_INVALID" | "CONCURRENT_UPDATE" | "UNKNOWN_FIELD" | "NOTIFICATION_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "MULTIPART_REQUIRED" | "MATERIAL_FILE_MISSING" | "MATERIAL_NOT_FOUND" | "IMPORT_FILE_TOO_LARGE" | "MATERIAL_TOO_LARGE" | "MATERIAL_TYPE_NOT_ALLOWED" | "APPLICATION_CLOSED" | "UPLOAD_NOT_FOUND" | "LICENCE_NOT_FOUND" | "ARCHIVE_NOT_READY" | "DOCUMENT_NOT_READY" | "DOCUMENT_NOT_GENUINE" | "DOCUMENT_FONT_MISSING" | "MATERIAL_IS_KEY" | "MATERIALS_OWED" | "NOTHING_TO_SUPPLEMENT" | "FIELDS_LOCKED" | "MATERIALS_MISSING" | "COMMITMENT_NOT_ALLOWED" | "APPLICATION_NOT_WITHDRAWABLE" | "REMINDER_NOT_POSSIBLE" | "REMINDER_TOO_EARLY" | "REMINDER_ALREADY_SENT" | "DRAFT_NOT_FOUND" | "DRAFT_CONFLICT" | "TOO_MANY_DRAFTS" | "DRAFT_UPLOAD_NOT_ALLOWED" | "DRAFT_CHANGED" | "DRAFT_GONE" | "MATTER_NOT_FOUND" | "MATTER_VERSION_NOT_FOUND" | "MATTER_DRAFT_NOT_FOUND" | "MATTER_DRAFT_CHANGED" | "MATTER_DRAFT_GONE" | "MATTER_INVALID" | "MATTER_CODE_TAKEN" | "DEPARTMENT_NAME_REQUIRED" | "DEPARTMENT_EXISTS" | "DEPARTMENT_NOT_FOUND" | "REGION_INVALID" | "DATA_ELEMENT_EXISTS" | "DATA_ELEMENT_TYPE_INVALID" | "DATA_ELEMENT_OPTIONS_INVALID" | "DATA_ELEMENT_NAME_REQUIRED" | "CATALOGUE_IMPORT_INVALID" | "METHOD_NOT_ALLOWED" | "RATING_NOT_OPEN" | "ALREADY_RATED" | "RATING_NOT_FOUND" | "RECTIFICATION_NOT_FOUND" | "RECTIFICATION_ALREADY_ANSWERED" | "PAYMENT_CALLBACK_DISABLED" | "PAYMENT_ORDER_UNKNOWN" | "METRICS_DISABLED" | "TOKEN_EXPIRY_REQUIRED" | "TEXT_TOO_LONG" | "SIGNATURE_INVALID" | "SIGNATURE_NOT_FOUND" | "CHANNEL_NOT_AVAILABLE" | "CONTACT_PHONE_INVALID" | "CONTACT_EMAIL_INVALID" | "CONTACT_PHONE_REQUIRED" | "CONTACT_EMAIL_REQUIRED" | "OUTBOUND_TARGET_REFUSED" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "RATE_LIMITED" | "APPLICATION_QUOTA_EXCEEDED" | "UPLOAD_QUOTA_EXCEEDED" | "TOO_MANY_STREAMS" | "DATABASE_UNAVAILABLE" | "INTERNAL_ERROR" | "INVALID_DATE" | "INVALID_CALENDAR";
        FoundELicence: {
            /** @description E-licence type (电子证照), as in the data element dictionary. */
            type: string;
            /** @description Its name. In the response language (Accept-Language: Chinese by default, English on request). */
            name: string;
            /** @description Where it was found (e.g. e-licence-library). */
            source: string;
            /**
             * Format: date-time
             * @description When.
             */
            retrievedAt: string;
        };
        Health: {
            /** @constant */
            status: "ok";
        } | {
            /** @constant */
            status: "degraded";
            warnings: components["schemas"]["CalendarWarning"][];
        };
        /** @description 统一发证: one result of the unified issuance, issued by the issuing system. */
        IssuedResult: {
            matterId: string;
            certificate: {
                /** @description The result type (e.g. certificate). */
                type: string;
                /** @description The number the issuing system gave it (证照编号); the runtime invents none. */
                number: string;
                /**
                 * Format: date-time
                 * @description When it was issued.
                 */
                issuedAt: string;
                /** @description The issuing body (发证机关), as the issuing system names it. */
                issuer?: string;
            };
            /** @description Where the applicant downloads the result's e-licence (电子证照, GET …/results/{matterId}/licence); only in the applicant's view, and only when one was issued. */
            licenceUrl?: string;
            /** @description The values the matter's review steps recorded (its steps' result fields, by key: e.g. child.idNumber); absent when none. */
            fields?: {
                [key: string]: unknown;
            };
        };
        /** @description 413 MATERIAL_TOO_LARGE: the file exceeds the size limit of the material (the message names it). */
        MaterialTooLarge: {
            /** @constant */
            code: "MATERIAL_TOO_LARGE";
            /** @description The limit in bytes. */
            maxBytes: number;
        } & WithRequired<components["schemas"]["Error"], "code" | "message">;
        /** @description 415 MATERIAL_TYPE_NOT_ALLOWED: the type recognised from the bytes is not one the material accepts (the message lists them in the response language). */
        MaterialTypeNotAllowed: {
            /** @constant */
            code: "MATERIAL_TYPE_NOT_ALLOWED";
            /** @description The type recognised from the bytes (text/plain for text, application/octet-stream when unknown). */
            detected: string;
            /** @description The media types the material accepts. */
            allowed: string[];
        } & WithRequired<components["schemas"]["Error"], "code" | "message">;
        /** @description 申请材料: one uploaded file of one material of an application. */
        MaterialUpload: {
            /**
             * Format: uuid
             * @description The upload id.
             */
            id: string;
            /** Format: uuid */
            applicationId: string;
            /** @description The material (as the matter definitions name it). */
            materialId: string;
            /** @description The application's included matters that list this material. */
            matterIds: string[];
            /** @description The sanitised file name. */
            filename: string;
            /** @description Bytes. */
            size: number;
            /** @description SHA-256 of the bytes, lowercase hex. */
            sha256: string;
            /** @description The type recognised from the bytes (decides; served as Content-Type). */
            mediaType: string;
            /** @description The Content-Type the client sent for the part (recorded only). */
            declaredType: string | null;
            /** Format: date-time */
            uploadedAt: string;
            /** @description Where to download it: /api/applications/{id}/materials/{uploadId}/content. */
            contentUrl: string;
        };
        /** @description One file in the field `file`. Other fields are ignored; a second file is refused. */
        MaterialUploadRequest: {
            /** @description The file. Its type is recognised from its bytes (magic numbers); the part's Content-Type is recorded as declaredType but never decides. Its file name is kept sanitised (no folders or control characters, at most 100 characters). */
            file: string;
        };
        /** @description One difference between two versions of a matter, in the service guide’s words. */
        MatterChange: {
            /** @description What changed: 法定办结时限, 申请材料「结婚证」的份数. */
            what: {
                zh: string;
                en: string;
            };
            kind: "added" | "removed" | "changed";
            /** @description The value before. */
            before?: {
                zh: string;
                en: string;
            };
            /** @description The value after. */
            after?: {
                zh: string;
                en: string;
            };
        };
        /** @description A copy of a matter (as a bundle draft carries it) against the catalogue’s latest version. */
        MatterComparison: {
            /** @description The catalogue id: made from the official 事项编码 (sx-<code>) or from the name, never typed by staff. */
            id: string;
            /** @description The latest published version. */
            latest: {
                version: number;
                publishedBy: string;
                /**
                 * Format: date-time
                 * @description When it was published.
                 */
                publishedAt: string;
            };
            /** @description The published version the copy is exactly; null: none (e.g. edited inside a bundle). */
            sameAs: number | null;
            /** @description What changes from the copy to the latest version; empty: it is the latest. */
            changes: components["schemas"]["MatterChange"][];
        };
        /** @description The draft of a matter (at most one per matter). */
        MatterDraft: {
            /** @description The catalogue id: made from the official 事项编码 (sx-<code>) or from the name, never typed by staff. */
            id: string;
            /** @description Work in progress, as saved: checked when published. */
            definition: {
                [key: string]: unknown;
            };
            /** @description Send it as If-Match to save over this draft, publish it or discard it. */
            etag: string;
            updatedBy: string;
            /**
             * Format: date-time
             * @description When it was saved.
             */
            updatedAt: string;
            /** @description What keeps it from being published; empty: it may be. */
            problems: components["schemas"]["MatterProblem"][];
        };
        MatterDraftSaved: {
            /** @description The catalogue id: made from the official 事项编码 (sx-<code>) or from the name, never typed by staff. */
            id: string;
            etag: string;
            updatedBy: string;
            /**
             * Format: date-time
             * @description When it was saved.
             */
            updatedAt: string;
            problems: components["schemas"]["MatterProblem"][];
            /** @description A new catalogue entry (its id was generated), not a new draft of an existing one. */
            created: boolean;
        };
        /** @description 收费: the fee of a matter paid online through the payment platform (非税支付), and where its payment stands. */
        MatterPayment: {
            /** @description The fee in yuan, two decimals (20.00). */
            amount: string;
            /** @description 收费依据: the legal basis of the fee, as the matter states it, in the response language; null when it states none. */
            basis: string | null;
            /**
             * @description ordering (正在生成缴款单: the payment platform is asked for the order; retried while it is unreachable), unpaid (待缴费: pay with the payment code or on the payment page; the matter waits and its time limit does not run), paid (已缴费), refund_requested (退款中: the matter was rejected, or the application ended without issuing, after the payment), refunded (已退款), cancelled (已取消: the application ended before the payment).
             * @enum {string}
             */
            status: "ordering" | "unpaid" | "paid" | "refund_requested" | "refunded" | "cancelled";
            /** @description 缴款码: the code the applicant pays with (at a bank, in a payment app or on the payment page); null until the order is made. */
            paymentCode: string | null;
            /** @description 缴款单号: the payment platform’s order number; null until the order is made. */
            orderNumber: string | null;
            /** @description The payment platform’s page where the applicant pays (去缴费); only in the applicant’s own view, while unpaid. */
            payUrl?: string;
            /** @description When it was paid, as the payment platform says. */
            paidAt: string | null;
            /** @description When the fee was refunded. */
            refundedAt: string | null;
        };
        /** @description A problem of a matter draft, located in plain words. */
        MatterProblem: {
            /** @description The kind of problem (a schema keyword or a definition issue code such as UNKNOWN_DATA_ELEMENT). */
            code: string;
            /** @description Where in the definition (a JSON Pointer, for the designer’s “go to fix” link; never shown alone). */
            path: string;
            /** @description Where, in the service guide’s words: 申请材料「结婚证」的份数. */
            place: {
                zh: string;
                en: string;
            };
            /** @description What is wrong, place first, as a whole sentence. */
            message: {
                zh: string;
                en: string;
            };
        };
        /**
         * @description unpaid (待缴费: a matter with a fee waits for its payment; its time limit has not started), waiting (等待前置事项: a dependency is not approved yet), pending (待审批, its time limit runs), approved (通过), rejected (不予许可), returned (退回补正), cancelled (已终止: the application ended — a required matter was rejected, or the applicant withdrew it — before this matter was decided).
         * @enum {string}
         */
        MatterStatus: "unpaid" | "waiting" | "pending" | "approved" | "rejected" | "returned" | "cancelled";
        /** @description An entry of the matter catalogue (事项库). */
        MatterSummary: {
            /** @description The catalogue id: made from the official 事项编码 (sx-<code>) or from the name, never typed by staff. */
            id: string;
            /** @description 事项编码, when the matter has one. */
            code?: string;
            /** @description The name in Chinese, and in English when known. */
            name: {
                zh: string;
                en?: string;
            };
            department?: {
                id: string;
                name: string;
            };
            /** @description A GB/T 2260 division code (370100: 济南市) or "national". */
            region: string;
            /** @description The latest published version; absent: never published. */
            latestVersion?: number;
            draft?: {
                updatedBy: string;
                /**
                 * Format: date-time
                 * @description When the draft was last saved.
                 */
                updatedAt: string;
            };
        };
        /** @description Which bundles use a matter. */
        MatterUse: {
            /** @description Published bundle versions pinned to a version of the matter, newest first. */
            bundleVersions: {
                bundleId: string;
                bundleVersion: number;
                matterVersion: number;
                latestOfBundle: boolean;
            }[];
            /** @description Bundle drafts that include the matter. */
            bundleDrafts: {
                bundleId: string;
                updatedBy: string;
                /**
                 * Format: date-time
                 * @description When the bundle draft was saved.
                 */
                updatedAt: string;
            }[];
        };
        /** @description One published version of a matter: it never changes; bundle versions stay pinned to it. */
        MatterVersion: {
            /** @description The catalogue id: made from the official 事项编码 (sx-<code>) or from the name, never typed by staff. */
            id: string;
            version: number;
            /** @description The matter (事项) in the definition format (schemas/matter.schema.json). */
            definition: Matter;
            publishedBy: string;
            /**
             * Format: date-time
             * @description When it was published.
             */
            publishedAt: string;
        };
        MatterVersions: {
            /** @description Newest first. */
            versions: {
                /** @description The catalogue id: made from the official 事项编码 (sx-<code>) or from the name, never typed by staff. */
                id: string;
                version: number;
                publishedBy: string;
                /**
                 * Format: date-time
                 * @description When it was published.
                 */
                publishedAt: string;
            }[];
            draft: {
                updatedBy: string;
                /**
                 * Format: date-time
                 * @description When the draft was last saved.
                 */
                updatedAt: string;
            } | null;
        };
        /** @description A local data element (本地区数据元): no id (made from the Chinese name), no pattern. */
        NewDataElement: {
            /** @description The region whose dictionary it joins: a GB/T 2260 division code or "national". */
            region: string;
            name: {
                /** @description The Chinese name (住宅建筑面积). */
                zh: string;
                en?: string;
            };
            /** @description string, number or boolean: with format, one of the plain choices (文本 string; 数字 number; 日期 string+date; 时间 string+hour-minute; 年月 string+year-month; 选项 string with options; 是/否 boolean; 手机号 string+cn-mobile; 身份证号 string+cn-resident-id; 统一社会信用代码 string+cn-uscc; 行政区划 string+cn-division-code; 金额 number+amount). */
            type: string;
            format?: string;
            /** @description The options of a 选项 element by their names; their values are made. */
            options?: {
                zh: string;
                en?: string;
            }[];
        };
        NewDepartment: {
            /** @description The official name (济南市公安局历下区分局). */
            name: string;
            nameEn?: string;
            /** @description A GB/T 2260 division code or "national". */
            region: string;
            regionName?: string;
        };
        NoticeMaterial: {
            materialId: string;
            /** @description Material name. */
            name: LocalizedText;
            /** @description Issuing body (出具单位). */
            issuer: LocalizedText;
            copies: number;
            original: Material["original"];
            medium: Material["medium"];
            key: boolean;
            /** @description False for materials needed only in some circumstances (requiredWhen). */
            required: boolean;
            /** @description When it is needed. */
            requiredWhen?: LocalizedText;
            /** @description 告知承诺: may be replaced by a written commitment. */
            commitment?: LocalizedText;
            blankForm?: DocumentReference;
            sample?: DocumentReference;
            /** @description The included matters that ask for it. */
            requiredBy: string[];
            waivedBy?: components["schemas"]["Waiver"];
        };
        NoticeMatter: {
            matterId: string;
            /** @description Matter name. */
            name: LocalizedText;
            /** @description Department name. */
            department: LocalizedText;
            /** @description Implementing body (实施主体). */
            implementingBody?: LocalizedText;
            kind: Matter["kind"];
            /** @description The limit inside this bundle. */
            timeLimit: TimeLimit;
            ownCommittedTimeLimit: TimeLimit;
            legalTimeLimit: TimeLimit;
            /** @description Included matters to be approved first. */
            after: string[];
            optional: boolean;
            visits: number;
            steps: {
                /** @description Step name (环节). */
                name: LocalizedText;
                timeLimit: TimeLimit;
            }[];
            legalBasis: LegalBasis[];
            acceptanceConditions: LocalizedText[];
            fee?: Fee;
            blankForms: DocumentReference[];
            sampleForms: DocumentReference[];
            result: Result;
            /** @description 秒批: the auto-approval rule, described. */
            autoApproval?: LocalizedText;
        };
        /** @description 用户中心消息: one notification of the caller. */
        Notification: {
            /** @description Increasing: newer notifications have larger ids (the stream sends it as the event id). */
            id: number;
            type: components["schemas"]["NotificationType"];
            /**
             * @description personal: the caller's own inbox; department: the inbox shared by the officers of the caller's department.
             * @enum {string}
             */
            audience: "personal" | "department";
            /** @description The department of a department notification; null for a personal one. */
            department: string | null;
            /** @description The application (办件) it is about. */
            applicationId: string | null;
            /** @description The matter it is about, if one. */
            matterId: string | null;
            /** @description The title. In the response language (Accept-Language: Chinese by default, English on request). */
            title: string;
            /** @description The text. In the response language (Accept-Language: Chinese by default, English on request). */
            body: string;
            /** @description Facts for a client to act on, by type: bundleId always; taskId and dueAt, and dueAtProvisional: true when that deadline is counted Monday–Friday because its year’s holiday schedule is not loaded yet (task_assigned, supplement_received, deadline_warning, overdue, reminder_received); taskId and reason, the applicant’s reason if they gave one (application_withdrawn, withdrawal_confirmed); taskId, stepName ({zh, en}), dueAt of the step or matter deadline, deadline (step | matter) and holderName, noLead (the lead position nobody holds) (step_deadline_warning, lead_overdue); taskId, stepName, overdueDays, holderName (taken from), toName (given to) or noLead (task_escalated); rectificationId and dueAt (rectification_*); missing (material ids), fields (JSON Pointers of the answers to correct) and comment (returned_for_supplement); missing (material ids) and comment (materials_owed); autoApproved (matter_approved); reason, or dependencyRejected when a matter it depends on was rejected (matter_rejected); resultCount (application_completed). */
            details: {
                bundleId: string;
                taskId?: string | null;
                dueAt?: string | null;
                /** @constant */
                dueAtProvisional?: true;
                rectificationId?: string | null;
                missing?: string[];
                fields?: string[];
                comment?: string;
                autoApproved?: boolean;
                reason?: string;
                dependencyRejected?: boolean;
                resultCount?: number;
            };
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /** @description Whether the caller has read it (read state is per user, also for department notifications). Always false on the stream. */
            read: boolean;
        };
        /**
         * @description To a department (every officer of it; its webhook may receive them): task_assigned, supplement_received, deadline_warning, overdue, rectification_opened, rectification_overdue, application_withdrawn, reminder_received, step_deadline_warning, lead_overdue, task_escalated — task_assigned (新的待办: a matter became pending), supplement_received (补正后重新待审), deadline_warning (即将超期, at 80 % of the time limit), overdue (已超期), rectification_opened (差评整改: a bad rating), rectification_overdue (整改超期), application_withdrawn (申请人撤回: the department's task is cancelled), reminder_received (群众催办: the applicant reminded the department of a task past its warning point; to the holder and the step's lead personally once someone holds it), step_deadline_warning (环节即将到期: a review step's own deadline nears; to its holder personally, the department while nobody holds it), lead_overdue (超期督办: a step's own deadline or the matter's passed; to each officer holding the step's lead position personally, naming the step and the holder; the department when nobody holds that position), task_escalated (超期移交: the system moved an overdue task to the step's lead; to the lead and the officer it was taken from personally; to the department when nobody holds the lead position). To the applicant: application_submitted, returned_for_supplement, materials_owed, matter_approved, matter_rejected, application_completed, application_rejected, withdrawal_confirmed — application_submitted (申请已提交), returned_for_supplement (请补正), materials_owed (容缺受理: materials to supply, the matter goes on), matter_approved (事项通过, also by rule: 秒批), matter_rejected (不予许可), application_completed (办结, results issued), application_rejected (不予办理), withdrawal_confirmed (您已撤回申请: the applicant's own withdrawal, with their reason).
         * @enum {string}
         */
        NotificationType: "task_assigned" | "supplement_received" | "deadline_warning" | "overdue" | "rectification_opened" | "rectification_overdue" | "application_withdrawn" | "reminder_received" | "step_deadline_warning" | "lead_overdue" | "task_escalated" | "application_submitted" | "returned_for_supplement" | "materials_owed" | "matter_approved" | "matter_rejected" | "application_completed" | "application_rejected" | "withdrawal_confirmed";
        NotificationsMarked: {
            /** @description How many were unread. */
            marked: number;
        };
        Officer: {
            subject: string;
            /** @description The display name from the identity provider (the subject when it gave none). */
            name: string;
        };
        /** @description 代办 / 亲情代办: the person the applicant applies for, and on what basis. */
        OnBehalfOf: {
            /** @description The name of the person applied for. */
            name: string;
            /** @description Their resident ID number: they sign in with it to consent, and to see the application. */
            idNumber: string;
            /**
             * @description How a proxy (代办) may apply: consent (the person signs in and consents; submission waits for it) or guardian (监护人 of a minor, declared by the proxy and recorded; the ID number must show the person is under 18).
             * @enum {string}
             */
            basis: "consent" | "guardian";
        };
        /** @description 一次告知: everything the applicant must know, once and completely. Texts are given in both languages. */
        OneTimeNotice: {
            bundleId: string;
            /** @description The published version, as a string. */
            bundleVersion: string;
            /** @description Bundle name. */
            name: LocalizedText;
            /** @description The included matters. */
            matters: components["schemas"]["NoticeMatter"][];
            /** @description Materials still to submit, each once however many matters need it. */
            materials: components["schemas"]["NoticeMaterial"][];
            /** @description Materials not to submit, each with waivedBy. */
            waived: components["schemas"]["NoticeMaterial"][];
            timeLimit: TimeLimit;
            visits: Visits;
            steps: Bundle["steps"];
            issuance: Issuance;
        };
        /** @description 422 OUTBOUND_TARGET_REFUSED: a webhook URL the outbound policy refuses, and why. */
        OutboundTargetRefused: {
            /** @constant */
            code: "OUTBOUND_TARGET_REFUSED";
            /** @enum {string} */
            reason: "scheme" | "credentials" | "metadata" | "loopback" | "private" | "link-local" | "unique-local" | "reserved";
        } & WithRequired<components["schemas"]["Error"], "code" | "message">;
        /** @description The payment platform’s notice (支付结果通知): only the order number is read; the order’s state is asked of the platform. */
        PaymentNotice: {
            /** @description 缴款单号: the platform’s number of the order that changed. */
            orderNumber: string;
        } & {
            [key: string]: unknown;
        };
        /** @description What became of a payment notice. */
        PaymentNoticeAnswer: {
            /** @description 缴款单号, as notified. */
            orderNumber: string;
            /**
             * @description The payment’s status after the order was checked with the platform: paid once it confirmed the payment; unpaid while it says so or cannot be reached (checked again at the next poll).
             * @enum {string}
             */
            status: "ordering" | "unpaid" | "paid" | "refund_requested" | "refunded" | "cancelled";
        };
        /** @description 秒报: the form prefilled from shared data, with the provenance of each value. */
        Prefill: {
            status: components["schemas"]["SharedDataStatus"];
            reason?: components["schemas"]["UnavailableReason"];
            /** @description The values shared data provides, shaped like the merged-form data (e.g. {"household": {"registerNumber": …}}); {} when none. */
            data: Record<string, unknown>;
            /** @description Each prefilled value by JSON Pointer into the data (e.g. /household/registerNumber). */
            provenance: {
                [key: string]: components["schemas"]["SharedSource"];
            };
            /** @description E-licences found for the citizen: the materials they replace need not be submitted (免提交). */
            eLicences: components["schemas"]["FoundELicence"][];
        };
        /** @description What the answers lead to: the merged form (localized), the one-time notice and the before/after metrics. For a signed-in citizen, the notice and the metrics waive exactly the materials the data-sharing connector provides for them, and prefill holds the values it provides (秒报); for anyone else (prefill.status anonymous) they waive what the bundle declares shared (bundle.sharedData). */
        Preview: {
            form: {
                /** @description The merged form (一表申请) for these answers: a JSON Schema (draft 2020-12) of the data to submit. */
                schema: Record<string, unknown>;
                /** @description react-jsonschema-form uiSchema of the merged form. */
                uiSchema: Record<string, unknown>;
            };
            notice: components["schemas"]["OneTimeNotice"];
            metrics: components["schemas"]["BundleMetrics"];
            prefill: components["schemas"]["Prefill"];
        };
        PreviewRequest: {
            /** @description Answers to the scenario questions (情形引导); default {}. */
            answers?: ApplicationInput["answers"];
        };
        /** @description The provenance of every value of the data (each scalar), by JSON Pointer (e.g. /household/registerNumber, /child/0/name). */
        Provenance: {
            [key: string]: components["schemas"]["ValueProvenance"];
        };
        /** @description 好差评: the applicant’s rating of an application and the rectifications it opened. */
        Rating: {
            /** Format: uuid */
            applicationId: string;
            /**
             * Format: date-time
             * @description When it was rated.
             */
            ratedAt: string;
            overall: {
                /** @description 1 (非常不满意) … 5 (非常满意); 2 or less is a bad rating (差评). */
                score: number;
                /** @description The comment on the whole service. */
                comment: string | null;
            };
            /** @description Matter scores in bundle order (an officer sees only those of their department). */
            matters: {
                matterId: string;
                /** @description The matter name. In the response language (Accept-Language: Chinese by default, English on request). */
                name: string;
                department: string;
                /** @description The department name. In the response language (Accept-Language: Chinese by default, English on request). */
                departmentName: string;
                /** @description 1 (非常不满意) … 5 (非常满意); 2 or less is a bad rating (差评). */
                score: number;
                /** @description The comment on this matter. */
                comment: string | null;
            }[];
            /** @description The rectifications the rating opened, with the departments’ answers (反馈), by department (an officer sees only their own). */
            rectifications: {
                /** Format: uuid */
                id: string;
                department: string;
                /** @description open (待整改), overdue (逾期未整改: flagged once its deadline passed), answered (已整改, on time or late). */
                status: "open" | "overdue" | "answered";
                /**
                 * Format: date-time
                 * @description The deadline.
                 */
                dueAt: string;
                /** @description An open rectification whose deadline counted days of a year without a loaded holiday schedule, Monday–Friday; re-based when the year is loaded. */
                dueAtProvisional: boolean;
                /** @description When answered. */
                answeredAt: string | null;
                /** @description Answered by the deadline: true or false once answered, null before. */
                onTime: boolean | null;
                /** @description What the department did. */
                answer: string | null;
                /** @description Lasting measures, if stated. */
                measures: string | null;
            }[];
        };
        /** @description 好差评: the overall score and, optionally, scores of the matters of the application (事项评价), each with an optional comment (≤ 1000 characters). */
        RatingRequest: {
            /** @description Required: {score, comment?} — score a whole number from 1 (非常不满意) to 5 (非常满意), comment text of at most 1000 characters. Checked by the rating rules: 422 VALIDATION_FAILED lists each problem. */
            overall?: unknown;
            /** @description Optional: a list of {matterId, score, comment?}, at most one per matter, only matters the application included; score and comment as for overall. Checked by the rating rules: 422 VALIDATION_FAILED lists each problem. */
            matters?: unknown;
        };
        /** @description 好差评统计 per department, for ratings (and rectifications) in the period. */
        RatingStats: {
            /** @description The first instant included (the from parameter; a date is 00:00 China Standard Time), null when not given. */
            from: string | null;
            /** @description The last instant included (a date is 23:59:59.999 China Standard Time), null when not given. */
            to: string | null;
            /** @description One entry per department with ratings or rectifications in the period, by department id. */
            departments: {
                department: string;
                /** @description Scores concerning the department: its matters’ scores plus the overall score of each rated application it took part in. */
                count: number;
                /** @description Mean of those scores, 2 decimals. */
                average: number | null;
                /** @description Those ≤ 2. */
                badCount: number;
                /** @description Only the scores of its matters. */
                matterRatings: {
                    count: number;
                    /** @description Mean score, 2 decimals; null without scores. */
                    average: number | null;
                    /** @description Scores ≤ 2 (差评). */
                    badCount: number;
                };
                /** @description Only the overall scores of the applications it took part in. */
                overallRatings: {
                    count: number;
                    /** @description Mean score, 2 decimals; null without scores. */
                    average: number | null;
                    /** @description Scores ≤ 2 (差评). */
                    badCount: number;
                };
                /** @description Rectifications opened in the period. */
                rectifications: {
                    opened: number;
                    open: number;
                    /** @description Flagged overdue and still unanswered. */
                    overdue: number;
                    answered: number;
                    answeredOnTime: number;
                    answeredLate: number;
                };
                /** @description 按时整改率: answered on time ÷ (answered + unanswered past the deadline), 4 decimals; null when none is due yet. */
                rectifiedOnTimeRate: number | null;
            }[];
        };
        /** @description 差评整改: a rectification task of a department. */
        Rectification: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            /** @description The department that must rectify. */
            department: string;
            /** @description open (待整改), overdue (逾期未整改: flagged once its deadline passed), answered (已整改, on time or late). */
            status: "open" | "overdue" | "answered";
            /**
             * Format: date-time
             * @description When the bad rating opened it.
             */
            openedAt: string;
            /**
             * Format: date-time
             * @description The deadline: the end (China Standard Time) of the last of ONEGO_RECTIFICATION_DAYS working days (default 5) after the rating.
             */
            dueAt: string;
            /** @description An open rectification whose deadline counted days of a year without a loaded holiday schedule, Monday–Friday; re-based when the year is loaded. */
            dueAtProvisional: boolean;
            /** @description When it was flagged overdue; kept after a late answer. */
            overdueAt: string | null;
            /** @description When the department answered. */
            answeredAt: string | null;
            /** @description Answered by the deadline: true or false once answered, null before. */
            onTime: boolean | null;
        };
        /** @description The department’s answer (整改答复): what it did, and optionally the lasting measures; each ≤ 2000 characters. */
        RectificationAnswer: {
            /** @description Required: what the department did, text of 1 to 2000 characters (not only spaces). Checked by the rules: 422 VALIDATION_FAILED. */
            answer?: unknown;
            /** @description Optional: the lasting measures, text of at most 2000 characters. Checked by the rules: 422 VALIDATION_FAILED. */
            measures?: unknown;
        };
        /** @description 差评整改: a rectification with what the citizen said about the department. */
        RectificationDetail: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            /** @description The department that must rectify. */
            department: string;
            /** @description open (待整改), overdue (逾期未整改: flagged once its deadline passed), answered (已整改, on time or late). */
            status: "open" | "overdue" | "answered";
            /**
             * Format: date-time
             * @description When the bad rating opened it.
             */
            openedAt: string;
            /**
             * Format: date-time
             * @description The deadline: the end (China Standard Time) of the last of ONEGO_RECTIFICATION_DAYS working days (default 5) after the rating.
             */
            dueAt: string;
            /** @description An open rectification whose deadline counted days of a year without a loaded holiday schedule, Monday–Friday; re-based when the year is loaded. */
            dueAtProvisional: boolean;
            /** @description When it was flagged overdue; kept after a late answer. */
            overdueAt: string | null;
            /** @description When the department answered. */
            answeredAt: string | null;
            /** @description Answered by the deadline: true or false once answered, null before. */
            onTime: boolean | null;
            bundleId: string;
            /** @description The bundle name. In the response language (Accept-Language: Chinese by default, English on request). */
            bundleName: string;
            cause: {
                /** @description The overall score when it was bad; null when only matter scores caused it. */
                overall: {
                    /** @description 1 (非常不满意) … 5 (非常满意); 2 or less is a bad rating (差评). */
                    score: number;
                    /** @description The comment on the whole service. */
                    comment: string | null;
                } | null;
                /** @description This department’s matters rated bad, with the comments. */
                matters: {
                    matterId: string;
                    /** @description The matter name. In the response language (Accept-Language: Chinese by default, English on request). */
                    name: string;
                    /** @description 1 (非常不满意) … 5 (非常满意); 2 or less is a bad rating (差评). */
                    score: number;
                    /** @description The comment. */
                    comment: string | null;
                }[];
            };
            /** @description The answer, once given. */
            answer: string | null;
            /** @description The measures, if stated. */
            measures: string | null;
            /** @description The answering officer’s subject. */
            answeredBy: string | null;
        };
        /** @description A reminder sent to the department (群众已催办). */
        Reminder: {
            matterId: string;
            /** @description The task reminded of. */
            taskId: string;
            /**
             * Format: date-time
             * @description When the reminder was sent.
             */
            remindedAt: string;
            /** @description From when the next reminder of this task is possible (the start of the next working day); null when the task no longer runs against its deadline. */
            nextPossibleAt: string | null;
        };
        /** @description 409 REMINDER_ALREADY_SENT: a reminder of this task was sent this working day; possibleAt is the start of the next working day. */
        ReminderAlreadySent: {
            /** @constant */
            code: "REMINDER_ALREADY_SENT";
            /**
             * Format: date-time
             * @description From when the reminder is possible.
             */
            possibleAt: string;
        } & WithRequired<components["schemas"]["Error"], "code" | "message">;
        /** @description 催办: which matter. */
        ReminderRequest: {
            /** @description The matter of the application to remind its department of. */
            matterId: string;
        };
        /** @description 409 REMINDER_TOO_EARLY: the task has not passed its warning point (预警) yet; possibleAt says when it does. */
        ReminderTooEarly: {
            /** @constant */
            code: "REMINDER_TOO_EARLY";
            /**
             * Format: date-time
             * @description From when the reminder is possible.
             */
            possibleAt: string;
        } & WithRequired<components["schemas"]["Error"], "code" | "message">;
        /**
         * @description citizen (群众/企业), officer (部门审批人员, of one department), designer (一件事设计人员), admin.
         * @enum {string}
         */
        Role: "citizen" | "officer" | "designer" | "admin";
        /** @description resolved: the data-sharing connector answered (maybe with nothing on record); unavailable: it could not be had (reason says why) — nothing is prefilled or waived by it and the applicant is asked for the materials; not-configured: OneGo has no connector; not-needed: the bundle declares no shared data the included matters need; anonymous (previews only): no signed-in citizen, so nothing was asked for. */
        SharedDataStatus: "resolved" | "unavailable" | "not-configured" | "not-needed" | "anonymous";
        /** @description What the data-sharing connector provided at submission. */
        SharedDataSummary: {
            /** @description The outcome at submission (never anonymous). */
            status: components["schemas"]["SharedDataStatus"];
            reason?: components["schemas"]["UnavailableReason"];
            /**
             * Format: date-time
             * @description When OneGo asked the connector.
             */
            at: string;
            /** @description E-licences found and used in place of materials. */
            eLicences: components["schemas"]["FoundELicence"][];
        };
        /** @description Where a shared value came from. */
        SharedSource: {
            element: ElementId;
            /** @description The system of record the value came from (e.g. population-registry). */
            source: string;
            /**
             * Format: date-time
             * @description When the data-sharing platform retrieved it.
             */
            retrievedAt: string;
        };
        SignInMethods: {
            /** @description POST /api/auth/dev-login exists (ONEGO_DEV_LOGIN=1). */
            devLogin: boolean;
            /** @description The identity provider whose tokens are accepted, or null. */
            identityProvider: {
                /**
                 * Format: uri
                 * @description The issuer (ONEGO_OIDC_ISSUER); sign in there.
                 */
                issuer: string;
            } | null;
        };
        /** @description An officer of the department, as their last sign-in said. */
        StaffMember: {
            /** @description Who they are to the identity provider: what assign, transfer, delegate and 加签 name. */
            subject: string;
            /** @description Their display name (the subject when the identity provider gave none). */
            name: string;
            /** @description Their positions within the department (岗位: 窗口人员, 经办人, 科室负责人 …). */
            positions: string[];
        };
        /** @description 一表申请: the bundle, the scenario answers and the merged form data (schemas/application.schema.json). */
        SubmitApplication: {
            bundleId: string;
            /** @description Answers to the scenario questions; default {}. */
            answers?: ApplicationInput["answers"];
            /** @description The merged form data: one object per entity, plus matters.<id> for own fields; default {}. Values the data-sharing connector provides may be left out: the server fills them in (秒报). A value sent for a prefilled field is kept and recorded as entered. Data no form of the bundle defines is refused (422, located); data of matters the answers exclude is dropped. */
            data?: ApplicationInput["data"];
            /** @description 告知承诺: ids of materials the applicant replaces by signing the commitment text the matter publishes for them (recorded with the text, signer and time). */
            commitments?: string[];
            /** @description 签名: the signature the commitments are signed with — stored with them in the blob store, its SHA-256 in a COMMITMENT_SIGNED timeline event and in the archive. Only with commitments (422 SIGNATURE_INVALID otherwise). */
            signature?: {
                /** @description The PNG, base64 (or a data:image/png;base64, URL), at most 200 KB: 422 SIGNATURE_INVALID otherwise. */
                image: string;
                /** @description drawn (pointer or touch), or typed: the applicant typed their name and the portal drew it (for whoever cannot draw, e.g. with a keyboard only). */
                method: "drawn" | "typed";
            };
            /** @description The saved draft (保存草稿) this submission comes from: deleted in the same transaction, its uploaded files becoming the application’s. Required co-applicants and the consent of the person applied for are confirmed on it. */
            draftId?: string;
            onBehalfOf?: components["schemas"]["OnBehalfOf"];
        };
        /** @description 补正 / 容缺补齐: the whole data with only the flagged fields changed, commitments signed for requested materials that allow one, and (optionally) which waiting matters this covers (default all). Every requested material must be provided. */
        SupplementRequest: {
            /** @description The application data; omitted: unchanged. */
            data?: Record<string, unknown>;
            /** @description Requested material ids replaced by a signed commitment (告知承诺). */
            commitments?: string[];
            /** @description The matters supplemented; default every matter that waits for the applicant. */
            matters?: string[];
        };
        /** @description What the matter waits for from the applicant (补正 / 容缺). */
        SupplementState: {
            /** @description How many times the matter was returned for supplement (补正). */
            returns: number;
            /** @description The open return while the matter is returned; its time limit stops meanwhile (补正期间不计入办理时限). */
            returned: {
                /**
                 * Format: date-time
                 * @description When it was returned.
                 */
                at: string;
                /** @description Material ids to supply again. */
                materials: string[];
                /** @description JSON Pointers into the application data of the fields to correct. */
                fields: string[];
                /** @description The officer's comment. */
                comment: string | null;
            } | null;
            /** @description 容缺受理: non-key materials accepted as missing that the applicant still owes; the matter cannot be approved before. */
            owed: string[];
            /** @description Periods the time limit stopped for 补正 (to is null while it still waits); dueAt moves by them. */
            pauses: {
                /**
                 * Format: date-time
                 * @description Returned at.
                 */
                from: string;
                /** @description Supplemented at. */
                to: string | null;
            }[];
        };
        /** @description 补正: what the application waits for from the applicant, and the form to correct it in. */
        SupplementView: {
            /** Format: uuid */
            applicationId: string;
            status: components["schemas"]["ApplicationStatus"];
            /** @description The matters that wait for the applicant, in bundle order. */
            matters: {
                matterId: string;
                /** @description Matter name. In the response language (Accept-Language: Chinese by default, English on request). */
                name: string;
                department: string | null;
                /** @description Department name. In the response language (Accept-Language: Chinese by default, English on request). */
                departmentName: string;
                /**
                 * @description returned: 补正 (the clock stopped); owed: materials owed after 容缺受理 (the matter goes on).
                 * @enum {unknown}
                 */
                reason: "returned" | "owed";
                /** @description When it was returned (null for owed materials). */
                requestedAt: string | null;
                comment: string | null;
                /** @description JSON Pointers of the fields to correct. */
                fields: string[];
                materials: {
                    materialId: string;
                    /** @description Material name. In the response language (Accept-Language: Chinese by default, English on request). */
                    name: string;
                    key: boolean;
                    /** @description The commitment text the applicant may sign instead (告知承诺), or null. */
                    commitment: string | null;
                    upload: UploadLimits | null;
                }[];
            }[];
            /** @description The only JSON Pointers the applicant may change. */
            editable: string[];
            form: {
                /** @description The merged form (JSON Schema). */
                schema: Record<string, unknown>;
                /** @description The merged form's uiSchema with every field but the editable ones ui:readonly. */
                uiSchema: Record<string, unknown>;
            };
            /** @description The application data as submitted (prefilled, locked but for the editable fields). */
            data: Record<string, unknown>;
        };
        /** @description 待办: one matter of one application, in its department's inbox, with who holds it. */
        Task: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            matterId: string;
            department: string;
            status: components["schemas"]["MatterStatus"];
            /** @description When it became pending (受理). */
            acceptedAt: string | null;
            /** @description Its deadline (办结时限), in working days by the calendar. */
            dueAt: string | null;
            /** @description The deadline counted days of a year whose national holiday schedule is not loaded, Monday–Friday (暂按周一至周五计算); it is re-based when the year is loaded. False without a deadline. */
            dueAtProvisional: boolean;
            /** @description The matter's current review step; null for a matter without steps (decided in one step) or past them. */
            step: {
                id: string;
                /** @description The step name (受理, 审查, 决定 …). In the response language (Accept-Language: Chinese by default, English on request). */
                name: string;
                /**
                 * Format: date-time
                 * @description The step's own deadline (环节时限: its timeLimit in working days from the day after it began, the days waiting for the applicant not counted, before the task's dueAt); absent when the step has none of its own (the task's dueAt is its deadline).
                 */
                dueAt?: string;
                /**
                 * Format: date-time
                 * @description The step's warning point (80 % of its time limit), as the task's is; absent when the step has no deadline of its own.
                 */
                warningAt?: string;
            } | null;
            /** @description The officer who holds the task (签收, 指派, 转办, 委派); null: nobody (待签收). */
            holder: components["schemas"]["Officer"] | null;
            /** @description 委派: the officer who delegated the task to the holder, to whom it returns to confirm; null otherwise. */
            delegatedBy: components["schemas"]["Officer"] | null;
            /** @description Who signed the current countersigned step (会签/或签) so far. */
            signedBy: components["schemas"]["Officer"][];
            /** @description The applicant’s last reminder of it (群众已催办: 催办 once past its warning point), or null. */
            remindedAt: string | null;
        };
        TaskDetail: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            matterId: string;
            department: string;
            status: components["schemas"]["MatterStatus"];
            /** @description When it became pending (受理). */
            acceptedAt: string | null;
            /** @description Its deadline (办结时限), in working days by the calendar. */
            dueAt: string | null;
            /** @description The deadline counted days of a year whose national holiday schedule is not loaded, Monday–Friday (暂按周一至周五计算); it is re-based when the year is loaded. False without a deadline. */
            dueAtProvisional: boolean;
            /** @description The matter's current review step; null for a matter without steps (decided in one step) or past them. */
            step: {
                id: string;
                /** @description The step name (受理, 审查, 决定 …). In the response language (Accept-Language: Chinese by default, English on request). */
                name: string;
                /**
                 * Format: date-time
                 * @description The step's own deadline (环节时限: its timeLimit in working days from the day after it began, the days waiting for the applicant not counted, before the task's dueAt); absent when the step has none of its own (the task's dueAt is its deadline).
                 */
                dueAt?: string;
                /**
                 * Format: date-time
                 * @description The step's warning point (80 % of its time limit), as the task's is; absent when the step has no deadline of its own.
                 */
                warningAt?: string;
            } | null;
            /** @description The officer who holds the task (签收, 指派, 转办, 委派); null: nobody (待签收). */
            holder: components["schemas"]["Officer"] | null;
            /** @description 委派: the officer who delegated the task to the holder, to whom it returns to confirm; null otherwise. */
            delegatedBy: components["schemas"]["Officer"] | null;
            /** @description Who signed the current countersigned step (会签/或签) so far. */
            signedBy: components["schemas"]["Officer"][];
            /** @description The applicant’s last reminder of it (群众已催办: 催办 once past its warning point), or null. */
            remindedAt: string | null;
            /** @description When it was approved or rejected; null otherwise. */
            decidedAt: string | null;
            /** @description The deciding officer's subject, or 'rule <version>' for an auto-approval (秒批). */
            decidedBy: string | null;
            /** @description The review steps and the values received from other matters' steps; null for a matter decided in one step that received nothing. */
            review: components["schemas"]["TaskReview"] | null;
            matter: {
                id: string;
                /** @description Matter name. In the response language (Accept-Language: Chinese by default, English on request). */
                name: string;
                /** @description Department name. In the response language (Accept-Language: Chinese by default, English on request). */
                departmentName: string;
                timeLimit?: TimeLimit;
            };
            /**
             * Format: date-time
             * @description When the application was submitted.
             */
            submittedAt: string;
            /** @description Data minimisation (最小必要): only the fields this matter's form asks for, never other departments' fields. */
            data: Record<string, unknown>;
            /** @description The provenance of each of these fields: from shared data (source, time) or entered by the applicant. */
            provenance: components["schemas"]["Provenance"];
            /** @description The materials this matter needs, with how each is waived. */
            materials: components["schemas"]["TaskMaterial"][];
            supplement: components["schemas"]["SupplementState"];
            payment?: components["schemas"]["MatterPayment"];
        };
        /** @description Who holds the task now. */
        TaskHolding: {
            /** @description The officer who holds the task (签收, 指派, 转办, 委派); null: nobody (待签收). */
            holder: components["schemas"]["Officer"] | null;
            /** @description 委派: the officer who delegated the task to the holder, to whom it returns to confirm; null otherwise. */
            delegatedBy: components["schemas"]["Officer"] | null;
        };
        TaskMaterial: {
            materialId: string;
            /** @description Material name. In the response language (Accept-Language: Chinese by default, English on request). */
            name: string;
            required: boolean;
            key: boolean;
            /** @description How it was waived at submission, by what the data-sharing connector provided then. */
            waivedBy: components["schemas"]["Waiver"] | null;
            /** @description What replaced a material waived by shared data: the e-licence found, or the shared values; null otherwise. */
            evidence: {
                eLicence: {
                    type: string;
                    /** @description The e-licence number. */
                    number: string;
                    /** @description Where it was found. */
                    source: string;
                    /**
                     * Format: date-time
                     * @description When.
                     */
                    retrievedAt: string;
                };
            } | {
                elements: {
                    element: ElementId;
                    value: string | number | boolean;
                    /** @description The system of record. */
                    source: string;
                    /**
                     * Format: date-time
                     * @description When.
                     */
                    retrievedAt: string;
                }[];
            } | null;
            /** @description 告知承诺: the applicant signed a commitment instead of this material. */
            commitment: {
                /** @description The signed text. In the response language (Accept-Language: Chinese by default, English on request). */
                text: string;
                signedBy: string;
                /**
                 * Format: date-time
                 * @description Signed at.
                 */
                signedAt: string;
                /** @description 签名: the signature it was signed with, or null (signed without one). */
                signature: {
                    /** @description The SHA-256 of the PNG (as in the COMMITMENT_SIGNED timeline event). */
                    sha256: string;
                    /** @description drawn, or typed (the name typed, drawn by the portal). */
                    method: "drawn" | "typed";
                    /** @description Where the PNG is read (GET /api/applications/{id}/signatures/{sha256}). */
                    url: string;
                } | null;
            } | null;
            /** @description 容缺: accepted as missing and not supplied yet. */
            owed: boolean;
            /** @description The files the applicant uploaded for this material, oldest first. */
            uploads: components["schemas"]["MaterialUpload"][];
        };
        /** @description The matter's review steps (done / current / next), its current step's signers and result fields, and the results recorded and received. A matter without steps has it only when it received values (steps empty, current null); otherwise review is null. */
        TaskReview: {
            steps: {
                id: string;
                /** @description Step name. In the response language (Accept-Language: Chinese by default, English on request). */
                name: string;
                /** @description Who handles it: a position within the department (窗口人员, 经办人, 科室负责人 …). In the response language (Accept-Language: Chinese by default, English on request). */
                handler: string;
                /**
                 * @description one handler; all: 会签; any: 或签.
                 * @enum {string}
                 */
                mode: "one" | "all" | "any";
                /** @enum {string} */
                state: "done" | "current" | "next";
                /** @description Who completed it (its signers). */
                doneBy?: {
                    subject: string;
                    name: string;
                }[];
                /**
                 * Format: date-time
                 * @description When it was completed.
                 */
                doneAt?: string;
            }[];
            /** @description The current step; null when the matter is not at a step. */
            current: {
                /** @description The positions that sign it (会签 by roles); [] when it counts signers. */
                signers: string[];
                /** @description How many signers it counts besides those added (加签). */
                signerCount: number;
                /** @description 加签: colleagues added to sign. */
                addedSigners: {
                    subject: string;
                    name: string;
                }[];
                signatures: {
                    subject: string;
                    name: string;
                    /**
                     * Format: date-time
                     * @description When.
                     */
                    at: string;
                    /** @description The position signed for. */
                    role?: string;
                }[];
                /** @description The step's result fields as a form (JSON Schema, labels in the response language): what approving it records. */
                resultForm: Record<string, unknown>;
                /** @description The keys of its result fields. */
                resultKeys: string[];
            } | null;
            /** @description What this matter's completed steps recorded. */
            results: {
                key: string;
                value: unknown;
                /** @description The step that recorded it. In the response language (Accept-Language: Chinese by default, English on request). */
                step: string;
            }[];
            /** @description Values other matters' steps recorded for this one (the bundle's result mappings), marked with where they came from. */
            received: {
                /** @description This matter's field it fills. */
                key: string;
                /** @description That field by its name (新生儿公民身份号码). In the response language (Accept-Language: Chinese by default, English on request). */
                label: string;
                value: unknown;
                /**
                 * Format: date-time
                 * @description When it was recorded.
                 */
                at: string;
                from: {
                    matterId: string;
                    /** @description The matter it came from. In the response language (Accept-Language: Chinese by default, English on request). */
                    matterName: string;
                    /** @description Its department. In the response language (Accept-Language: Chinese by default, English on request). */
                    departmentName: string;
                    /** @description The step that recorded it. In the response language (Accept-Language: Chinese by default, English on request). */
                    stepName: string;
                };
            }[];
        };
        TestClock: {
            /**
             * Format: date-time
             * @description The server's clock after the move.
             */
            now: string;
            /** @description Deadline timers (warning at 80 %, overdue) that came due and were fired. */
            timersFired: number;
            /** @description Rectifications (差评整改) past their deadline that were flagged overdue. */
            rectificationsOverdue: number;
            /** @description Applications whose results were issued (统一发证) by issuance requests now due: a retry after the issuing system was down. */
            resultsIssued: number;
            /** @description Fees recorded as paid (收费) by the payment rows now due; orders created and refunds asked for are not counted. */
            paymentsRecorded: number;
            /** @description Notifications made from the events written so far. */
            notificationsCreated: number;
            /** @description Webhook delivery attempts made (deliveries that were due). */
            webhookAttempts: number;
            /** @description SMS and e-mail attempts made (messages that were due). */
            channelAttempts: number;
            /** @description Uploaded files named by no upload, stored longer than the grace period (ONEGO_ORPHAN_GRACE_HOURS), that were removed. */
            orphanFilesRemoved: number;
        };
        TestClockRequest: {
            /** @description Milliseconds to move the server clock forward (it never goes back). */
            advanceMs: number;
        };
        TimelineEvent: {
            /**
             * Format: date-time
             * @description When.
             */
            at: string;
            /** @description Who: the applicant's or officer's subject, 'system', 'scheduler', or 'rule <version>' for an auto-approval (秒批). */
            who: string;
            /**
             * @description What happened: the command, or the change it caused.
             * @enum {string}
             */
            what: "SUBMITTED" | "APPROVE" | "REJECT" | "ACCEPT" | "RETURN" | "SUPPLEMENT" | "DEADLINE_WARNING" | "OVERDUE" | "COMPLETE_STEP" | "SIGN_STEP" | "ADD_SIGNER" | "SEND_BACK" | "WITHDRAW" | "PAY" | "MATTER_UNPAID" | "MATTER_WAITING" | "MATTER_PENDING" | "MATTER_RETURNED" | "MATTER_APPROVED" | "MATTER_REJECTED" | "MATTER_CANCELLED" | "APPLICATION_COMPLETED" | "APPLICATION_REJECTED" | "APPLICATION_WITHDRAWN" | "MATERIAL_UPLOADED" | "RATED" | "RECTIFICATION_OPENED" | "RECTIFICATION_ANSWERED" | "RECTIFICATION_OVERDUE" | "DEADLINE_REBASED" | "TASK_CLAIMED" | "TASK_ASSIGNED" | "TASK_TRANSFERRED" | "TASK_DELEGATED" | "TASK_HANDED_BACK" | "STEP_DEADLINE_WARNING" | "STEP_OVERDUE" | "TASK_ESCALATED" | "REMINDED" | "RESULTS_ISSUED" | "COMMITMENT_SIGNED" | "COAPPLICANT_CONFIRMED" | "PROXY_CONSENTED" | "APPLIED_ON_BEHALF";
            /** @description A review step's or a task's handling in plain words, in the response language: for the applicant the department and the step (公安局 审查 已完成), for an officer of the matter's department also who did it, by name (张三：公安局 受理 已签收). */
            text?: string;
            /** @description The matter it concerns. */
            matterId?: string;
            /** @description The event payload (e.g. comment, missing materials, issued results). */
            details?: unknown;
        };
        /** @description Why the connector gave nothing: timeout (per attempt, after retries), unreachable, http-error (an error status), bad-response (not the protocol), circuit-open (after repeated failures the connector is not called until the circuit resets), cancelled (the client went away). */
        UnavailableReason: "timeout" | "unreachable" | "http-error" | "bad-response" | "circuit-open" | "cancelled";
        /** @description 429 UPLOAD_QUOTA_EXCEEDED: the material already has as many files as allowed; nothing was recorded. */
        UploadQuotaExceeded: {
            /** @constant */
            code: "UPLOAD_QUOTA_EXCEEDED";
            /** @description Files one application or draft may hold for one material (ONEGO_QUOTA_UPLOADS_PER_MATERIAL). */
            limit: number;
        } & WithRequired<components["schemas"]["Error"], "code" | "message">;
        /** @description 422 VALIDATION_FAILED: the answers (情形) or the data of the merged form (一表申请) are not valid; one entry per problem. */
        ValidationError: {
            /** @constant */
            code: "VALIDATION_FAILED";
            errors: {
                /** @description JSON Pointer into the request body, starting with /answers or /data (e.g. /data/mother/idNumber); for a decision on a review step /results/<key>; for a rating /overall or /matters/<i>, for a rectification answer /answer or /measures. */
                path: string;
                /** @description What is wrong with that value, in the response language. */
                message: string;
            }[];
        } & WithRequired<components["schemas"]["Error"], "code" | "message">;
        /** @description Where a submitted value came from: shared data (with source and time), or entered by the applicant — over a shared value when overrides says which. */
        ValueProvenance: {
            /** @constant */
            kind: "shared";
            element: ElementId;
            /** @description The system of record. */
            source: string;
            /**
             * Format: date-time
             * @description When the data-sharing platform retrieved it.
             */
            retrievedAt: string;
        } | {
            /** @constant */
            kind: "entered";
            overrides?: components["schemas"]["SharedSource"];
        };
        /** @description Why a material need not be submitted (免提交). */
        Waiver: {
            /** @constant */
            kind: "e-licence";
            /** @description E-licence type (电子证照). */
            eLicence: string;
            /** @description E-licence name. */
            name: LocalizedText;
        } | {
            /** @constant */
            kind: "produced-in-bundle";
            /** @description E-licence type issued by an earlier matter of this bundle. */
            eLicence: string;
            /** @description E-licence name. */
            name: LocalizedText;
            /** @description The matter that issues it. */
            matterId: string;
        } | {
            /** @constant */
            kind: "shared-data";
            elements: ElementId[];
        } | {
            /** @constant */
            kind: "merged-form";
        };
        /** @description A department's webhook (the secret is never returned). */
        Webhook: {
            /** @description The department id. */
            department: string;
            /** @description Where deliveries are POSTed. */
            url: string;
            /** @description The types delivered; null: all. */
            events: components["schemas"]["DepartmentNotificationType"][] | null;
            /**
             * Format: date-time
             * @description When it was first configured.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last change.
             */
            updatedAt: string;
            /** @description The admin who changed it last. */
            updatedBy: string;
        };
        /** @description One webhook delivery from the durable outbox. */
        WebhookDelivery: {
            /**
             * Format: uuid
             * @description The delivery id (X-OneGo-Delivery), the same on every attempt.
             */
            id: string;
            /** @description The department. */
            department: string;
            notificationId: number;
            type: components["schemas"]["DepartmentNotificationType"];
            /**
             * @description pending (not yet delivered; retried with backoff), delivered (a 2xx answer), failed (gave up after the configured number of attempts), cancelled (the webhook was removed).
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed" | "cancelled";
            attempts: number;
            /** @description When it is tried next (pending only). */
            nextAttemptAt: string | null;
            /** @description The receiver's HTTP status at the last attempt; null when there was no answer. */
            lastStatus: number | null;
            /** @description Why the last attempt failed, as a category only (never the raw connection error): timeout, refused (connection refused or reset), blocked (the address the host resolved to is refused by the outbound policy), unreachable (no such host, no route), tls, failed; or "HTTP <status>" when the receiver answered otherwise than 2xx (redirects are not followed). */
            lastError: string | null;
            /**
             * Format: date-time
             * @description When it was queued.
             */
            createdAt: string;
            /** @description When it was delivered. */
            deliveredAt: string | null;
        };
        /** @description The JSON body of a webhook delivery. */
        WebhookPayload: {
            /**
             * Format: uuid
             * @description The delivery id (also X-OneGo-Delivery): deduplicate by it, a delivery may arrive more than once.
             */
            id: string;
            type: components["schemas"]["DepartmentNotificationType"];
            /** @description The department the notification is for. */
            department: string;
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            notification: {
                id: number;
                type: components["schemas"]["DepartmentNotificationType"];
                applicationId: string | null;
                matterId: string | null;
                /** @description The title in both languages. */
                title: {
                    zh: string;
                    en: string;
                };
                /** @description The text in both languages. */
                body: {
                    zh: string;
                    en: string;
                };
                /** @description Facts for a client to act on, by type: bundleId always; taskId and dueAt, and dueAtProvisional: true when that deadline is counted Monday–Friday because its year’s holiday schedule is not loaded yet (task_assigned, supplement_received, deadline_warning, overdue, reminder_received); taskId and reason, the applicant’s reason if they gave one (application_withdrawn, withdrawal_confirmed); taskId, stepName ({zh, en}), dueAt of the step or matter deadline, deadline (step | matter) and holderName, noLead (the lead position nobody holds) (step_deadline_warning, lead_overdue); taskId, stepName, overdueDays, holderName (taken from), toName (given to) or noLead (task_escalated); rectificationId and dueAt (rectification_*); missing (material ids), fields (JSON Pointers of the answers to correct) and comment (returned_for_supplement); missing (material ids) and comment (materials_owed); autoApproved (matter_approved); reason, or dependencyRejected when a matter it depends on was rejected (matter_rejected); resultCount (application_completed). */
                details: {
                    bundleId: string;
                    taskId?: string | null;
                    dueAt?: string | null;
                    /** @constant */
                    dueAtProvisional?: true;
                    rectificationId?: string | null;
                    missing?: string[];
                    fields?: string[];
                    comment?: string;
                    autoApproved?: boolean;
                    reason?: string;
                    dependencyRejected?: boolean;
                    resultCount?: number;
                };
                /**
                 * Format: date-time
                 * @description When the event happened.
                 */
                createdAt: string;
            };
        };
        /** @description A department's webhook: where to POST its notifications, the shared secret to sign them with, and optionally which types. */
        WebhookRequest: {
            /**
             * Format: uri
             * @description An absolute http(s) URL.
             */
            url: string;
            /** @description The HMAC-SHA256 key; stored, never returned. */
            secret: string;
            /** @description Only these types; absent or null: every department notification type, including types added later. */
            events?: components["schemas"]["DepartmentNotificationType"][] | null;
        };
        /** @description A bundle off the portal (已下线): its latest version, who took it off and when. */
        WithdrawnBundle: {
            id: Identifier;
            /** @description The published version (1, 2, …); applications stay on the version they started with. */
            version: number;
            /** @description The bundle name (一件事名称). In the response language (Accept-Language: Chinese by default, English on request). */
            name: string;
            /** @description What the bundle covers. In the response language (Accept-Language: Chinese by default, English on request). */
            description?: string;
            region?: {
                /** @description GB/T 2260 administrative division code. */
                divisionCode: string;
                /** @description The region name. In the response language (Accept-Language: Chinese by default, English on request). */
                name: string;
            };
            /** @description The committed time limit of the whole bundle (承诺办结时限). */
            committedTimeLimit: TimeLimit;
            /** @description On-site visits the applicant makes (跑动次数). */
            visits: number;
            /** @description The matters (事项) of the bundle, in bundle order; the answers decide which are included. */
            matters: {
                id: Identifier;
                /** @description The matter name. In the response language (Accept-Language: Chinese by default, English on request). */
                name: string;
                /** @description The id of the regional department whose officers handle the matter (a department record, GET /api/departments). */
                department: string;
                /** @description The department name. In the response language (Accept-Language: Chinese by default, English on request). */
                departmentName: string;
            }[];
            /**
             * Format: date-time
             * @description When this version was published.
             */
            publishedAt: string;
            /** @description Who took it off the portal. */
            withdrawnBy: string;
            /**
             * Format: date-time
             * @description When it was taken off.
             */
            withdrawnAt: string;
        };
    };
    responses: {
        /** @description INTERNAL_ERROR: an unexpected error; the message carries the request id to quote, never a stack trace. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    code?: "INTERNAL_ERROR";
                } & components["schemas"]["Error"];
            };
        };
        /** @description RATE_LIMITED: more requests in one second than allowed from this address (ONEGO_RATE_LIMIT_PER_ADDRESS) or for this signed-in principal (ONEGO_RATE_LIMIT_PER_PRINCIPAL); the Retry-After header (and retryAfterSeconds) says when to retry. GET /health is never limited. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    code?: "RATE_LIMITED";
                } & components["schemas"]["Error"];
            };
        };
        /** @description DATABASE_UNAVAILABLE: the database cannot be reached just now (restarting, failing over, or the network); nothing of the request was written. Retry after the Retry-After header (and retryAfterSeconds); a submission retried with the same Idempotency-Key is never duplicated. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    code?: "DATABASE_UNAVAILABLE";
                } & components["schemas"]["Error"];
            };
        };
        /** @description METHOD_NOT_ALLOWED: the path exists but not with this method (the Allow header lists those it has). */
        MethodNotAllowed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    code?: "METHOD_NOT_ALLOWED";
                } & components["schemas"]["Error"];
            };
        };
        /** @description PAYLOAD_TOO_LARGE: the request body exceeds 1 MB. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    code?: "PAYLOAD_TOO_LARGE";
                } & components["schemas"]["Error"];
            };
        };
        /** @description UNSUPPORTED_MEDIA_TYPE: a body was sent that is not application/json, or that cannot be decoded (an unsupported Content-Encoding). */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    code?: "UNSUPPORTED_MEDIA_TYPE";
                } & components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
        AcceptLanguage: string;
        /** @description Makes submission safe to retry (幂等): the same key with the same body returns the same application (200) without a duplicate; the same key with another body is refused (409 IDEMPOTENCY_CONFLICT). Keys are per applicant. */
        IdempotencyKey: string;
        /** @description The application id (办件编号). */
        ApplicationId: string;
        /** @description The draft id. */
        DraftId: string;
        /** @description The ETag of the bundle draft as the caller last read or saved it (or *): the request applies only to that draft, else 412. */
        IfMatch: string;
        /** @description *: save only if the bundle has no draft yet (a new draft never replaces one someone else saved), else 412. */
        IfNoneMatch: string;
        /** @description Page number, from 1. */
        Page: number;
        /** @description Tasks per page. */
        PageSize: number;
    };
    requestBodies: never;
    headers: {
        /** @description The request id: the client's X-Request-Id when it sent one of 1–64 letters, digits, '.', '_' or '-', else a new UUID (a longer or other id is replaced, never echoed); it appears in the logs and in INTERNAL_ERROR messages. */
        "X-Request-Id": string;
        /** @description How many items (tasks, applications, rectifications) match the filter, over all pages. */
        "X-Total-Count": number;
        /** @description The URL of the application: /api/applications/{id}. */
        Location: string;
        /** @description The entity tag of the bundle draft as saved (quoted, strong): send it as If-Match to save, publish or discard that draft only. */
        ETag: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server is up and reaches its database. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description INVALID_TOKEN: an Authorization header was sent and is not a valid bearer token (every route checks a token that is sent). TOKEN_EXPIRY_REQUIRED: the token sent has no expiry (exp claim). DEPARTMENT_UNKNOWN: an officer's token sent names a department that is not a department record (GET /api/departments); POST /api/auth/dev-login: the officer names such a department. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            /** @description DATABASE_UNAVAILABLE: the process runs but its database does not answer (a load balancer should send requests to another process until this one answers 200 again). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DATABASE_UNAVAILABLE";
                    } & components["schemas"]["Error"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics in the Prometheus text format. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description UNAUTHENTICATED: no bearer token. INVALID_TOKEN: the bearer token is not ONEGO_METRICS_TOKEN. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description METRICS_DISABLED: the operator has not set ONEGO_METRICS_TOKEN, so /metrics answers no one. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "METRICS_DISABLED";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    notifyPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The order that changed; other fields the platform sends are ignored. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentNotice"];
            };
        };
        responses: {
            /** @description The payment’s status after the order was checked with the platform. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentNoticeAnswer"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no bearer token. INVALID_TOKEN: the bearer token is not ONEGO_PAYMENT_TOKEN. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description PAYMENT_CALLBACK_DISABLED: the operator has not set ONEGO_PAYMENT_TOKEN, so no notice is accepted. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "PAYMENT_CALLBACK_DISABLED";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description PAYMENT_ORDER_UNKNOWN: no payment here has that order number. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "PAYMENT_ORDER_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        openapi: "3.1.0";
                        info: Record<string, unknown>;
                        paths: Record<string, unknown>;
                    };
                };
            };
            /** @description INVALID_TOKEN: an Authorization header was sent and is not a valid bearer token (every route checks a token that is sent). TOKEN_EXPIRY_REQUIRED: the token sent has no expiry (exp claim). DEPARTMENT_UNKNOWN: an officer's token sent names a department that is not a department record (GET /api/departments); POST /api/auth/dev-login: the officer names such a department. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    advanceTestClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description How far to move the clock. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TestClockRequest"];
            };
        };
        responses: {
            /** @description The new time and how many timers fired. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestClock"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: the test clock is not enabled (ONEGO_TEST_CLOCK is not 1). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSignInMethods: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sign-in methods. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInMethods"];
                };
            };
            /** @description INVALID_TOKEN: an Authorization header was sent and is not a valid bearer token (every route checks a token that is sent). TOKEN_EXPIRY_REQUIRED: the token sent has no expiry (exp claim). DEPARTMENT_UNKNOWN: an officer's token sent names a department that is not a department record (GET /api/departments); POST /api/auth/dev-login: the officer names such a department. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    devLogin: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Who signs in, with which role. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevLoginRequest"];
            };
        };
        responses: {
            /** @description A bearer token and the principal it names. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevLogin"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: the body is not a JSON object, role is not citizen|officer|designer|admin, subject is empty, an officer has no department, idNumber is not a valid resident ID number, or enterprise.creditCode not a valid unified social credit code. TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description INVALID_TOKEN: an Authorization header was sent and is not a valid bearer token (every route checks a token that is sent). TOKEN_EXPIRY_REQUIRED: the token sent has no expiry (exp claim). DEPARTMENT_UNKNOWN: an officer's token sent names a department that is not a department record (GET /api/departments); POST /api/auth/dev-login: the officer names such a department. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: dev login is not enabled (ONEGO_DEV_LOGIN is not 1). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDemoOfficers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The demo officers. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoOfficer"][];
                };
            };
            /** @description INVALID_TOKEN: an Authorization header was sent and is not a valid bearer token (every route checks a token that is sent). TOKEN_EXPIRY_REQUIRED: the token sent has no expiry (exp claim). DEPARTMENT_UNKNOWN: an officer's token sent names a department that is not a department record (GET /api/departments); POST /api/auth/dev-login: the officer names such a department. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND: dev login is not enabled (ONEGO_DEV_LOGIN is not 1). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBundles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published bundles. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleSummary"][];
                };
            };
            /** @description INVALID_TOKEN: an Authorization header was sent and is not a valid bearer token (every route checks a token that is sent). TOKEN_EXPIRY_REQUIRED: the token sent has no expiry (exp claim). DEPARTMENT_UNKNOWN: an officer's token sent names a department that is not a department record (GET /api/departments); POST /api/auth/dev-login: the officer names such a department. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    saveBundleDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the bundle draft as the caller last read or saved it (or *): the request applies only to that draft, else 412. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description *: save only if the bundle has no draft yet (a new draft never replaces one someone else saved), else 412. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The bundle and the matters it names, in the definition format (with problems allowed: a draft). */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The bundle, in the format of schemas/bundle.schema.json (problems allowed: they are listed in the answer). bundle.id names the draft. */
                    bundle: Record<string, unknown>;
                    /** @description The matters the bundle names, in the format of schemas/matter.schema.json (problems allowed). */
                    matters: unknown[];
                    /** @description Not needed: the runtime puts in the local data elements (本地区数据元) the matters bind, as the region’s dictionary has them. */
                    localElements?: unknown[];
                };
            };
        };
        responses: {
            /** @description The existing draft is replaced. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftSaved"];
                };
            };
            /** @description A new draft is saved. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftSaved"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description DRAFT_CHANGED: the draft was saved since the ETag given in If-Match, or exists already while If-None-Match is * (updatedBy and updatedAt name that save). DRAFT_GONE: If-Match was given and the draft has been published or discarded since. Nothing was written. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        /** @enum {unknown} */
                        code?: "DRAFT_CHANGED";
                    } & components["schemas"]["DraftChanged"]) | ({
                        /** @enum {unknown} */
                        code?: "DRAFT_GONE";
                    } & components["schemas"]["Error"]);
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description DEFINITION_INVALID: bundle.id is missing or not an identifier, so the draft cannot be stored; issues lists every problem of the definition. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DEFINITION_INVALID";
                    } & WithRequired<components["schemas"]["DefinitionInvalid"], "issues">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBundleDrafts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The drafts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleDraftSummary"][];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWithdrawnBundles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The withdrawn bundles. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawnBundle"][];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBundle: {
        parameters: {
            query?: {
                /** @description A published version number; the latest when absent. */
                version?: number;
            };
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The bundle id (一件事), e.g. henan-newborn. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleDetail"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description INVALID_TOKEN: an Authorization header was sent and is not a valid bearer token (every route checks a token that is sent). TOKEN_EXPIRY_REQUIRED: the token sent has no expiry (exp claim). DEPARTMENT_UNKNOWN: an officer's token sent names a department that is not a department record (GET /api/departments); POST /api/auth/dev-login: the officer names such a department. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description BUNDLE_NOT_FOUND: no published bundle has this id (or no such version). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BUNDLE_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBundleVersions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The bundle id (一件事), e.g. henan-newborn. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions and the draft (both empty for a bundle never saved). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleVersions"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBundleDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The bundle id (一件事), e.g. henan-newborn. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleDraft"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description DRAFT_NOT_FOUND: the bundle has no draft (never saved, published since, or discarded). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DRAFT_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    discardBundleDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the bundle draft as the caller last read or saved it (or *): the request applies only to that draft, else 412. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The bundle id (一件事), e.g. henan-newborn. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Discarded. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description DRAFT_NOT_FOUND: the bundle has no draft. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DRAFT_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description DRAFT_CHANGED: If-Match does not match the draft: it was saved since (by updatedBy at updatedAt); nothing was deleted. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DRAFT_CHANGED";
                    } & components["schemas"]["DraftChanged"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    previewBundle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The bundle id (一件事), e.g. henan-newborn. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The answers (optional). */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PreviewRequest"];
            };
        };
        responses: {
            /** @description The preview. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preview"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description INVALID_TOKEN: an Authorization header was sent and is not a valid bearer token (every route checks a token that is sent). TOKEN_EXPIRY_REQUIRED: the token sent has no expiry (exp claim). DEPARTMENT_UNKNOWN: an officer's token sent names a department that is not a department record (GET /api/departments); POST /api/auth/dev-login: the officer names such a department. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description BUNDLE_NOT_FOUND: no published bundle has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BUNDLE_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBundlePrefill: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The bundle id (一件事), e.g. henan-newborn. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prefill. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prefill"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description BUNDLE_NOT_FOUND: no published bundle has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BUNDLE_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    withdrawBundle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The bundle id (一件事), e.g. henan-newborn. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It is off the portal. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleAvailability"];
                };
            };
            /** @description BAD_JSON: a body was sent and is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description BUNDLE_NOT_FOUND: no published bundle has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BUNDLE_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    restoreBundle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The bundle id (一件事), e.g. henan-newborn. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It is on the portal. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleAvailability"];
                };
            };
            /** @description BAD_JSON: a body was sent and is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description BUNDLE_NOT_FOUND: no published bundle has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BUNDLE_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publishBundle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the bundle draft as the caller last read or saved it (or *): the request applies only to that draft, else 412. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The bundle id (一件事), e.g. henan-newborn. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new published version. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleSummary"];
                };
            };
            /** @description BAD_JSON: a body was sent and is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description BUNDLE_NOT_FOUND: the bundle has no draft. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BUNDLE_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description DRAFT_CHANGED: the draft was saved since the ETag given in If-Match, or exists already while If-None-Match is * (updatedBy and updatedAt name that save). DRAFT_GONE: If-Match was given and the draft has been published or discarded since. Nothing was written. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        /** @enum {unknown} */
                        code?: "DRAFT_CHANGED";
                    } & components["schemas"]["DraftChanged"]) | ({
                        /** @enum {unknown} */
                        code?: "DRAFT_GONE";
                    } & components["schemas"]["Error"]);
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description DEFINITION_INVALID: the draft has definition problems (saved as work in progress, or found after an upgrade); issues lists them. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DEFINITION_INVALID";
                    } & WithRequired<components["schemas"]["DefinitionInvalid"], "issues">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    uploadMaterial: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The application id (办件编号). */
                id: string;
                /** @description The material id, e.g. parents-id-cards. */
                materialId: string;
            };
            cookie?: never;
        };
        /** @description The file. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["MaterialUploadRequest"];
            };
        };
        responses: {
            /** @description The file is stored and recorded. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description The download URL (contentUrl). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialUpload"];
                };
            };
            /** @description MATERIAL_FILE_MISSING: no body, no file in the field `file`, or an empty file. BAD_REQUEST: a malformed multipart body, more than one file, too many parts, or an interrupted upload. TEXT_TOO_LONG: a path parameter is longer than 200 characters. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATERIAL_FILE_MISSING" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description APPLICATION_NOT_FOUND: no such application, or another citizen's (its existence is not revealed). MATERIAL_NOT_FOUND: none of the application's included matters lists this material. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND" | "MATERIAL_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description APPLICATION_CLOSED: the application is completed or rejected; nothing more is uploaded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_CLOSED";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description MATERIAL_TOO_LARGE: the file exceeds the material’s size limit (maxBytes; the message names it). Nothing is stored. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATERIAL_TOO_LARGE";
                    } & components["schemas"]["MaterialTooLarge"];
                };
            };
            /** @description MULTIPART_REQUIRED: the body is not multipart/form-data. MATERIAL_TYPE_NOT_ALLOWED: the type recognised from the bytes is not one the material accepts (detected, allowed; the message lists the accepted types in the response language). Nothing is stored. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        /** @enum {unknown} */
                        code?: "MULTIPART_REQUIRED";
                    } & components["schemas"]["Error"]) | ({
                        /** @enum {unknown} */
                        code?: "MATERIAL_TYPE_NOT_ALLOWED";
                    } & components["schemas"]["MaterialTypeNotAllowed"]);
                };
            };
            /** @description UPLOAD_QUOTA_EXCEEDED: the material already has as many files as one application or draft may hold for it (ONEGO_QUOTA_UPLOADS_PER_MATERIAL, 20 by default; limit names it). Nothing is stored. RATE_LIMITED: see the other operations. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["Error"]) | ({
                        /** @enum {unknown} */
                        code?: "UPLOAD_QUOTA_EXCEEDED";
                    } & components["schemas"]["UploadQuotaExceeded"]);
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listMaterialUploads: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The application id (办件编号). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The uploads. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialUpload"][];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description APPLICATION_NOT_FOUND: no such application, or another citizen's. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    downloadMaterialUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The application id (办件编号). */
                id: string;
                /** @description The upload id. */
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. Content-Type is the type recognised from its bytes: one of the types its material accepts (PDF, JPEG and PNG by default; OFD, plain text or another type where a matter definition allows it). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description attachment, with the file name (filename*: UTF-8, percent-encoded, for Chinese names). */
                    "Content-Disposition"?: string;
                    /** @description The SHA-256 of the bytes, quoted. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "image/jpeg": unknown;
                    "image/png": unknown;
                    "application/ofd": unknown;
                    "*/*": unknown;
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is neither a citizen nor an officer, or an officer asks for a file no matter of their department lists. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description APPLICATION_NOT_FOUND: no such application, or the caller may not read it (another citizen’s; an officer with no task in it). UPLOAD_NOT_FOUND: the application has no upload with this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND" | "UPLOAD_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    downloadLicence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The application id (办件编号). */
                id: string;
                /** @description The matter whose result it is (IssuedResult.matterId). */
                matterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The e-licence: PDF, OFD or JSON, as the issuing system issued it. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description attachment, with the file name (filename*: UTF-8, percent-encoded, for Chinese names). */
                    "Content-Disposition"?: string;
                    /** @description The SHA-256 of the bytes, quoted. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "image/jpeg": unknown;
                    "image/png": unknown;
                    "application/ofd": unknown;
                    "*/*": unknown;
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not a citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description APPLICATION_NOT_FOUND: no such application, or another citizen's. LICENCE_NOT_FOUND: the matter's result has no e-licence (not issued yet, or not issued electronically). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND" | "LICENCE_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    downloadSignature: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The application id (办件编号). */
                id: string;
                /** @description The signature’s SHA-256 (hex). */
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signature, image/png. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description attachment, with the file name (filename*: UTF-8, percent-encoded, for Chinese names). */
                    "Content-Disposition"?: string;
                    /** @description The SHA-256 of the bytes, quoted. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "image/jpeg": unknown;
                    "image/png": unknown;
                    "application/ofd": unknown;
                    "*/*": unknown;
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description APPLICATION_NOT_FOUND: no such application, or the caller may not read it. SIGNATURE_NOT_FOUND: no commitment of the application was signed with it. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND" | "SIGNATURE_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    uploadDraftMaterial: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The draft id. */
                id: string;
                /** @description The material id, e.g. parents-id-cards. */
                materialId: string;
            };
            cookie?: never;
        };
        /** @description The file. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["MaterialUploadRequest"];
            };
        };
        responses: {
            /** @description The file is stored and recorded with the draft. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description The download URL (contentUrl). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftMaterialUpload"];
                };
            };
            /** @description MATERIAL_FILE_MISSING: no body, no file in the field `file`, or an empty file. BAD_REQUEST: a malformed multipart body, more than one file, too many parts, or an interrupted upload. TEXT_TOO_LONG: a path parameter is longer than 200 characters. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATERIAL_FILE_MISSING" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description DRAFT_NOT_FOUND: no such draft of the caller (another citizen's does not exist for them), or it expired or was submitted meanwhile. MATERIAL_NOT_FOUND: none of the matters the draft's answers include lists this material. BUNDLE_NOT_FOUND: the draft's bundle is no longer published. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DRAFT_NOT_FOUND" | "MATERIAL_NOT_FOUND" | "BUNDLE_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description MATERIAL_TOO_LARGE: the file exceeds the material’s size limit (maxBytes; the message names it). Nothing is recorded. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATERIAL_TOO_LARGE";
                    } & components["schemas"]["MaterialTooLarge"];
                };
            };
            /** @description MULTIPART_REQUIRED: the body is not multipart/form-data. MATERIAL_TYPE_NOT_ALLOWED: the type recognised from the bytes is not one the material accepts (detected, allowed; the message lists the accepted types in the response language). Nothing is recorded. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        /** @enum {unknown} */
                        code?: "MULTIPART_REQUIRED";
                    } & components["schemas"]["Error"]) | ({
                        /** @enum {unknown} */
                        code?: "MATERIAL_TYPE_NOT_ALLOWED";
                    } & components["schemas"]["MaterialTypeNotAllowed"]);
                };
            };
            /** @description UPLOAD_QUOTA_EXCEEDED: the material already has as many files as one application or draft may hold for it (ONEGO_QUOTA_UPLOADS_PER_MATERIAL, 20 by default; limit names it). Nothing is recorded. RATE_LIMITED: see the other operations. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["Error"]) | ({
                        /** @enum {unknown} */
                        code?: "UPLOAD_QUOTA_EXCEEDED";
                    } & components["schemas"]["UploadQuotaExceeded"]);
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDraftMaterialUploads: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The draft id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The uploads. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftMaterialUpload"][];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description DRAFT_NOT_FOUND: no such draft of the caller, or it expired. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DRAFT_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDraftMaterialUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The draft id. */
                id: string;
                /** @description The upload id. */
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description DRAFT_NOT_FOUND: no such draft of the caller, or it expired. UPLOAD_NOT_FOUND: the draft has no upload with this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DRAFT_NOT_FOUND" | "UPLOAD_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    downloadDraftMaterialUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The draft id. */
                id: string;
                /** @description The upload id. */
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as the type recognised from its bytes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description attachment, with the file name (filename*: UTF-8, percent-encoded, for Chinese names). */
                    "Content-Disposition"?: string;
                    /** @description The SHA-256 of the bytes, quoted. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "image/jpeg": unknown;
                    "image/png": unknown;
                    "application/ofd": unknown;
                    "*/*": unknown;
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description DRAFT_NOT_FOUND: no such draft of the caller, or it expired. UPLOAD_NOT_FOUND: the draft has no upload with this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DRAFT_NOT_FOUND" | "UPLOAD_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApplicationArchive: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The application id (办件编号). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archive. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description attachment, with the file name (filename*: UTF-8, percent-encoded, for Chinese names). */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": unknown;
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description APPLICATION_NOT_FOUND: no such application, or the caller may not read it (another citizen's; an officer of a department with no matter in it; other roles). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description ARCHIVE_NOT_READY: the application is still in progress or awaiting supplement; it is archived once completed or rejected. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "ARCHIVE_NOT_READY";
                    } & components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApplicationReceipt: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The application id (办件编号). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The receipt. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description attachment, with the file name (filename*: UTF-8, percent-encoded, for Chinese names). */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description APPLICATION_NOT_FOUND: no such application, or the caller may not read it (another citizen's; an officer of a department with no matter in it; other roles). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            /** @description DOCUMENT_FONT_MISSING: the server has no Chinese font to make PDFs with (install fonts-noto-cjk or set ONEGO_CJK_FONT); nothing else is affected. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DOCUMENT_FONT_MISSING";
                    } & components["schemas"]["Error"];
                };
            };
        };
    };
    getApplicationCompletionNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The application id (办件编号). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The completion notice. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description attachment, with the file name (filename*: UTF-8, percent-encoded, for Chinese names). */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description APPLICATION_NOT_FOUND: no such application, or the caller may not read it (another citizen's; an officer of a department with no matter in it; other roles). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description DOCUMENT_NOT_READY: the application is still in progress or awaiting supplement. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DOCUMENT_NOT_READY";
                    } & components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            /** @description DOCUMENT_FONT_MISSING: the server has no Chinese font to make PDFs with (install fonts-noto-cjk or set ONEGO_CJK_FONT); nothing else is affected. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DOCUMENT_FONT_MISSING";
                    } & components["schemas"]["Error"];
                };
            };
        };
    };
    getBundleBlankForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The bundle id (一件事), e.g. henan-newborn. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The blank form. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description attachment, with the file name (filename*: UTF-8, percent-encoded, for Chinese names). */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description INVALID_TOKEN: an Authorization header was sent and is not a valid bearer token (every route checks a token that is sent). TOKEN_EXPIRY_REQUIRED: the token sent has no expiry (exp claim). DEPARTMENT_UNKNOWN: an officer's token sent names a department that is not a department record (GET /api/departments); POST /api/auth/dev-login: the officer names such a department. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description BUNDLE_NOT_FOUND: no published bundle has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BUNDLE_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            /** @description DOCUMENT_FONT_MISSING: the server has no Chinese font to make PDFs with (install fonts-noto-cjk or set ONEGO_CJK_FONT); nothing else is affected. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DOCUMENT_FONT_MISSING";
                    } & components["schemas"]["Error"];
                };
            };
        };
    };
    getBundleSampleForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The bundle id (一件事), e.g. henan-newborn. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sample form. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description attachment, with the file name (filename*: UTF-8, percent-encoded, for Chinese names). */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description INVALID_TOKEN: an Authorization header was sent and is not a valid bearer token (every route checks a token that is sent). TOKEN_EXPIRY_REQUIRED: the token sent has no expiry (exp claim). DEPARTMENT_UNKNOWN: an officer's token sent names a department that is not a department record (GET /api/departments); POST /api/auth/dev-login: the officer names such a department. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description BUNDLE_NOT_FOUND: no published bundle has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BUNDLE_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            /** @description DOCUMENT_FONT_MISSING: the server has no Chinese font to make PDFs with (install fonts-noto-cjk or set ONEGO_CJK_FONT); nothing else is affected. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DOCUMENT_FONT_MISSING";
                    } & components["schemas"]["Error"];
                };
            };
        };
    };
    verifyDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The token of a document’s QR code (the last part of its verification link): signed by the server, it cannot be guessed or made for another application. */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document is genuine. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentVerification"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description INVALID_TOKEN: an Authorization header was sent and is not a valid bearer token (every route checks a token that is sent). TOKEN_EXPIRY_REQUIRED: the token sent has no expiry (exp claim). DEPARTMENT_UNKNOWN: an officer's token sent names a department that is not a department record (GET /api/departments); POST /api/auth/dev-login: the officer names such a department. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description DOCUMENT_NOT_GENUINE: the token was not issued by this server, was altered, or names no application (a completion notice: of an application not ended). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DOCUMENT_NOT_GENUINE";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listApplications: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Applications per page. */
                pageSize?: number;
            };
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the caller's applications. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSummary"][];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    submitApplication: {
        parameters: {
            query?: never;
            header: {
                /** @description Makes submission safe to retry (幂等): the same key with the same body returns the same application (200) without a duplicate; the same key with another body is refused (409 IDEMPOTENCY_CONFLICT). Keys are per applicant. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The bundle id, the answers and the data. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitApplication"];
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key and the same body: the application created the first time; nothing new was created. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCreated"];
                };
            };
            /** @description The application was created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCreated"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. BAD_REQUEST: the body does not match its schema (bundleId is not a non-empty string, answers/data is not an object, commitments is not a list of strings …; detail names the field). IDEMPOTENCY_KEY_REQUIRED: no Idempotency-Key header, or one longer than 200 characters. TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "BAD_REQUEST" | "IDEMPOTENCY_KEY_REQUIRED" | "TEXT_TOO_LONG" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description ENTERPRISE_SIGN_IN_REQUIRED: the bundle is applied for by an enterprise (applicant: enterprise) and the caller did not sign in as an enterprise user (法人: the identity provider's legal-person claims). */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "ENTERPRISE_SIGN_IN_REQUIRED";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description BUNDLE_NOT_FOUND: no published bundle has this bundleId. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BUNDLE_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description IDEMPOTENCY_CONFLICT: this Idempotency-Key was already used by this applicant with a different body. BUNDLE_WITHDRAWN: the bundle is off the portal (已下线) and takes no new application (a retry of one submitted before is still answered). COAPPLICANT_CONFIRMATION_PENDING: a required co-applicant the form names has not confirmed exactly this content on the draft (draftId; pending lists them by role and name). PROXY_CONSENT_PENDING: the person applied for (onBehalfOf, basis consent) has not consented to exactly this content on the draft. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_CONFLICT" | "BUNDLE_WITHDRAWN" | "COAPPLICANT_CONFIRMATION_PENDING" | "PROXY_CONSENT_PENDING";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description VALIDATION_FAILED: answers or data are not valid (including data the merged form does not define: the form is closed); errors lists each problem with its JSON Pointer and a message in the response language. NOTHING_INCLUDED: the answers include no matter of the bundle. COMMITMENT_NOT_ALLOWED: a commitment names a material that no included matter allows a commitment (告知承诺) for. PROXY_NOT_A_MINOR: a guardian (onBehalfOf basis guardian) applies for a person whose ID number shows them 18 or older. PROXY_FOR_ONESELF: onBehalfOf names the caller’s own ID number. PROXY_ID_NUMBER_INVALID: onBehalfOf’s ID number is no resident ID number of GB 11643 (a wrong check character, birth date or region; the message names the person). DRAFT_UPLOAD_NOT_ALLOWED: a file uploaded to the draft named by draftId no longer meets the limits of its material for the matters these answers include (uploadId, materialId); nothing is written. SIGNATURE_INVALID: the signature is not a PNG of at most 200 KB, or comes without commitments. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ValidationError"]) | ({
                        /** @enum {unknown} */
                        code?: "NOTHING_INCLUDED" | "COMMITMENT_NOT_ALLOWED" | "SIGNATURE_INVALID" | "PROXY_NOT_A_MINOR" | "PROXY_FOR_ONESELF" | "PROXY_ID_NUMBER_INVALID";
                    } & components["schemas"]["Error"]) | ({
                        /** @enum {unknown} */
                        code?: "DRAFT_UPLOAD_NOT_ALLOWED";
                    } & components["schemas"]["DraftUploadNotAllowed"]);
                };
            };
            /** @description APPLICATION_QUOTA_EXCEEDED: the applicant already submitted as many applications today (China Standard Time) as allowed (ONEGO_QUOTA_APPLICATIONS_PER_DAY, 20 by default; limit names it); nothing is written; Retry-After (and retryAfterSeconds) is the time to midnight. A retry of a submission already made is still answered. RATE_LIMITED: see the other operations. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["Error"]) | ({
                        /** @enum {unknown} */
                        code?: "APPLICATION_QUOTA_EXCEEDED";
                    } & components["schemas"]["ApplicationQuotaExceeded"]);
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The application id (办件编号). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description APPLICATION_NOT_FOUND: no such application, or the caller may not read it (another citizen’s, an officer with no task in it, a designer). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSupplement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The application id (办件编号). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What to supplement. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplementView"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description APPLICATION_NOT_FOUND: no such application, or another citizen’s. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    supplementApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The application id (办件编号). */
                id: string;
            };
            cookie?: never;
        };
        /** @description The supplement. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupplementRequest"];
            };
        };
        responses: {
            /** @description The application after the supplement. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description APPLICATION_NOT_FOUND: no such application, or another citizen’s. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description NOTHING_TO_SUPPLEMENT: no matter (or not every matter named) waits for the applicant. CONCURRENT_UPDATE: the application kept changing at the same time; retry. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "NOTHING_TO_SUPPLEMENT" | "CONCURRENT_UPDATE";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description FIELDS_LOCKED: a field that was not flagged changed. VALIDATION_FAILED: the corrected data is not valid. COMMITMENT_NOT_ALLOWED: a commitment for a material that was not requested or allows none. MATERIALS_MISSING: a requested material is not provided. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ValidationError"]) | ({
                        /** @enum {unknown} */
                        code?: "FIELDS_LOCKED" | "COMMITMENT_NOT_ALLOWED" | "MATERIALS_MISSING";
                    } & components["schemas"]["Error"]);
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    withdrawApplication: {
        parameters: {
            query?: never;
            header: {
                /** @description Makes submission safe to retry (幂等): the same key with the same body returns the same application (200) without a duplicate; the same key with another body is refused (409 IDEMPOTENCY_CONFLICT). Keys are per applicant. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The application id (办件编号). */
                id: string;
            };
            cookie?: never;
        };
        /** @description The reason, optional. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the applicant withdraws (optional); the departments see it. */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The withdrawn application. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. BAD_REQUEST: the body does not match its schema (reason is not a string; detail names the field), or the Idempotency-Key is longer than 200 characters. TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "BAD_REQUEST" | "TEXT_TOO_LONG" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description APPLICATION_NOT_FOUND: no such application, or another citizen’s (only the applicant may withdraw). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description APPLICATION_NOT_WITHDRAWABLE: a matter has been accepted, reviewed or decided, or the application has ended (completed, rejected, or withdrawn before without this Idempotency-Key). IDEMPOTENCY_CONFLICT: this Idempotency-Key withdrew the application with another reason. CONCURRENT_UPDATE: the application kept changing at the same time; retry. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_WITHDRAWABLE" | "IDEMPOTENCY_CONFLICT" | "CONCURRENT_UPDATE";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    remindDepartment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The application id (办件编号). */
                id: string;
            };
            cookie?: never;
        };
        /** @description The matter. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReminderRequest"];
            };
        };
        responses: {
            /** @description The reminder was sent. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reminder"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. BAD_REQUEST: the body does not match its schema (matterId missing or not a string; detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "BAD_REQUEST" | "TEXT_TOO_LONG" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description APPLICATION_NOT_FOUND: no such application, or another citizen’s. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description REMINDER_NOT_POSSIBLE: the matter is not in the application, or its task is not pending against a deadline (waiting for a dependency, returned to the applicant, decided, cancelled, or without a time limit). REMINDER_TOO_EARLY: the task has not passed its warning point; possibleAt says when. REMINDER_ALREADY_SENT: a reminder of this task was sent this working day; possibleAt is when the next is possible. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        /** @enum {unknown} */
                        code?: "REMINDER_NOT_POSSIBLE";
                    } & components["schemas"]["Error"]) | ({
                        /** @enum {unknown} */
                        code?: "REMINDER_TOO_EARLY";
                    } & components["schemas"]["ReminderTooEarly"]) | ({
                        /** @enum {unknown} */
                        code?: "REMINDER_ALREADY_SENT";
                    } & components["schemas"]["ReminderAlreadySent"]);
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDrafts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The drafts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"][];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The draft. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftRequest"];
            };
        };
        responses: {
            /** @description The saved draft. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description BUNDLE_NOT_FOUND: no published bundle has this bundleId. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BUNDLE_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description TOO_MANY_DRAFTS: the citizen keeps 50 drafts already. BUNDLE_WITHDRAWN: the bundle is off the portal (已下线) and takes no new application. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "TOO_MANY_DRAFTS" | "BUNDLE_WITHDRAWN";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description VALIDATION_FAILED: data holds fields that the bundle’s merged form does not define (for any answers); errors names each by its JSON Pointer. PROXY_ID_NUMBER_INVALID: onBehalfOf’s ID number is no resident ID number of GB 11643 (a wrong check character, birth date or region; the message names the person). A draft is otherwise not validated until it is submitted. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ValidationError"]) | ({
                        /** @enum {unknown} */
                        code?: "PROXY_ID_NUMBER_INVALID";
                    } & components["schemas"]["Error"]);
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The draft id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description DRAFT_NOT_FOUND: no such draft of the caller, or it expired. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DRAFT_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The draft id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description What changed. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftUpdate"];
            };
        };
        responses: {
            /** @description The saved draft. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description DRAFT_NOT_FOUND: no such draft of the caller, or it expired. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DRAFT_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description DRAFT_CONFLICT: the draft was saved elsewhere since the version given. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DRAFT_CONFLICT";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description VALIDATION_FAILED: data holds fields that the bundle’s merged form does not define (for any answers); errors names each by its JSON Pointer. PROXY_ID_NUMBER_INVALID: onBehalfOf’s ID number is no resident ID number of GB 11643 (a wrong check character, birth date or region; the message names the person). A draft is otherwise not validated until it is submitted. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ValidationError"]) | ({
                        /** @enum {unknown} */
                        code?: "PROXY_ID_NUMBER_INVALID";
                    } & components["schemas"]["Error"]);
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The draft id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description DRAFT_NOT_FOUND: no such draft of the caller, or it expired. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DRAFT_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDraftParties: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The draft id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The people the draft names. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftParty"][];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description DRAFT_NOT_FOUND: no such draft of the caller, or it expired. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DRAFT_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCoApplications: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What waits for the caller. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoApplicationSummary"][];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCoApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The draft id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft as the named person reads it. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoApplication"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description COAPPLICANT_NOT_NAMED: the draft does not name the caller (by the resident ID number of their sign-in, and the name when the sign-in gives one), or it is their own. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "COAPPLICANT_NOT_NAMED";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description DRAFT_NOT_FOUND: no such draft, or it expired or was submitted. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DRAFT_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    confirmCoApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The draft id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The confirmation was recorded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Confirmation"];
                };
            };
            /** @description BAD_JSON: a body was sent and is not valid JSON. TEXT_TOO_LONG: the id is longer than 200 characters. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description COAPPLICANT_NOT_NAMED: the draft does not name the caller (by the resident ID number of their sign-in, and the name when the sign-in gives one), or it is their own. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "COAPPLICANT_NOT_NAMED";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description DRAFT_NOT_FOUND: no such draft, or it expired or was submitted. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DRAFT_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description COAPPLICANT_ALREADY_CONFIRMED: the caller already confirmed the draft as it is now. DRAFT_CONFLICT: the applicant saved the draft while it was being confirmed (read it again). */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "COAPPLICANT_ALREADY_CONFIRMED" | "DRAFT_CONFLICT";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description Only tasks in this status. */
                status?: components["schemas"]["MatterStatus"];
                /** @description mine (我的): held by the caller; unclaimed (待签收): held by nobody; department (本部门, the default): all of the department's. */
                filter?: "mine" | "unclaimed" | "department";
                /** @description Page number, from 1. */
                page?: number;
                /** @description Tasks per page. */
                pageSize?: number;
            };
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tasks. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"][];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not officer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The task id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetail"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not an officer, or the task belongs to another department. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description TASK_NOT_FOUND: no task has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "TASK_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    decideTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The task id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The decision. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Decision"];
            };
        };
        responses: {
            /** @description The task after the decision. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResult"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. BAD_REQUEST: the body does not match its schema (decision is not approve|reject|return|accept, comment is not a string, missing / fields are not lists of strings: detail names the field), or a return names no material, no field and no comment, or an acceptance names no missing material or names fields (detail says which). UNKNOWN_MATERIAL: a missing material is not one of the matter's materials. UNKNOWN_FIELD: a field is not a JSON Pointer to one of the matter's fields. TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "BAD_REQUEST" | "UNKNOWN_MATERIAL" | "UNKNOWN_FIELD" | "TEXT_TOO_LONG" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not an officer, or the task belongs to another department. On a matter with review steps: NOT_TASK_HOLDER: another officer holds the task (named). TASK_NOT_CLAIMED: nobody holds it; claim it first. DELEGATION_PENDING: it is delegated (委派); the delegate hands it back first. NOT_A_SIGNER: approving a countersigned step the caller does not sign (their positions name none of its signers, and they were not added). */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN" | "NOT_TASK_HOLDER" | "NOT_A_SIGNER";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description TASK_NOT_FOUND: no task has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "TASK_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description TASK_ALREADY_DECIDED: the task is already approved or rejected. TASK_NOT_ACTIONABLE: the task cannot be decided now (waiting for a dependency, or returned; or accepted with materials owed already). MATERIALS_OWED: approving a matter whose 容缺 materials are not supplied yet. TASK_AWAITING_PAYMENT: the matter waits for its fee (待缴费). CONCURRENT_UPDATE: the application kept changing at the same time; retry. On a matter with review steps: TASK_NOT_CLAIMED, DELEGATION_PENDING (see 403), ALREADY_SIGNED: the caller signed this step already. STEP_ALREADY_DECIDED: stepId names a step the matter has left. RETURN_ONLY_AT_FIRST_STEP: return or accept after the first step. NO_REVIEW_STEPS: sendBack on a matter without steps. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "TASK_ALREADY_DECIDED" | "TASK_NOT_ACTIONABLE" | "MATERIALS_OWED" | "TASK_AWAITING_PAYMENT" | "CONCURRENT_UPDATE" | "TASK_NOT_CLAIMED" | "DELEGATION_PENDING" | "ALREADY_SIGNED" | "STEP_ALREADY_DECIDED" | "RETURN_ONLY_AT_FIRST_STEP" | "NO_REVIEW_STEPS";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description MATERIAL_IS_KEY: an acceptance with missing materials (容缺受理) names a key material. VALIDATION_FAILED: the step's result fields are not valid (errors at /results/<key>, in plain words). STEP_NOT_EARLIER: sendBack names no earlier step of the matter. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        /** @enum {unknown} */
                        code?: "MATERIAL_IS_KEY" | "STEP_NOT_EARLIER";
                    } & components["schemas"]["Error"]) | ({
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ValidationError"]);
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    claimTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The task id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who holds the task now. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskHolding"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not an officer, or the task belongs to another department. POSITION_REQUIRED: the caller's positions do not include the step's handler. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN" | "POSITION_REQUIRED";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description TASK_NOT_FOUND: no task has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "TASK_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description TASK_ALREADY_CLAIMED: another officer holds it (named). TASK_ALREADY_DECIDED: the task is already approved or rejected. TASK_NOT_ACTIONABLE: the task cannot be handled now. CONCURRENT_UPDATE: the application kept changing at the same time; retry. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "TASK_ALREADY_CLAIMED" | "TASK_ALREADY_DECIDED" | "TASK_NOT_ACTIONABLE" | "CONCURRENT_UPDATE";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    assignTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The task id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The colleague, picked by name from the department staff (GET /api/departments/{id}/staff). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Colleague"];
            };
        };
        responses: {
            /** @description Who holds the task now. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskHolding"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: the body does not name a colleague. TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not an officer, or the task belongs to another department. NOT_STEP_LEAD: the caller is not a lead (科室负责人). */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN" | "NOT_STEP_LEAD";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description TASK_NOT_FOUND: no task has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "TASK_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description TASK_ALREADY_DECIDED: the task is already approved or rejected. TASK_NOT_ACTIONABLE: the task cannot be handled now. CONCURRENT_UPDATE: the application kept changing at the same time; retry. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "TASK_ALREADY_DECIDED" | "TASK_NOT_ACTIONABLE" | "CONCURRENT_UPDATE";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description COLLEAGUE_NOT_IN_DEPARTMENT: the colleague is not an officer of the department (officers are recorded when they first sign in). */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "COLLEAGUE_NOT_IN_DEPARTMENT";
                    } & components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    transferTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The task id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The colleague, picked by name from the department staff (GET /api/departments/{id}/staff). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Colleague"];
            };
        };
        responses: {
            /** @description Who holds the task now. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskHolding"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: the body does not name a colleague. TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not an officer, or the task belongs to another department. NOT_TASK_HOLDER: another officer holds the task (named). TASK_NOT_CLAIMED: nobody holds it; claim it first. DELEGATION_PENDING: it is delegated (委派); the delegate hands it back first. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN" | "NOT_TASK_HOLDER";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description TASK_NOT_FOUND: no task has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "TASK_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description NOT_TASK_HOLDER: another officer holds the task (named). TASK_NOT_CLAIMED: nobody holds it; claim it first. DELEGATION_PENDING: it is delegated (委派); the delegate hands it back first. TASK_ALREADY_DECIDED: the task is already approved or rejected. TASK_NOT_ACTIONABLE: the task cannot be handled now. CONCURRENT_UPDATE: the application kept changing at the same time; retry. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "TASK_NOT_CLAIMED" | "DELEGATION_PENDING" | "TASK_ALREADY_DECIDED" | "TASK_NOT_ACTIONABLE" | "CONCURRENT_UPDATE";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description COLLEAGUE_NOT_IN_DEPARTMENT: the colleague is not an officer of the department (officers are recorded when they first sign in). */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "COLLEAGUE_NOT_IN_DEPARTMENT";
                    } & components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    delegateTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The task id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The colleague, picked by name from the department staff (GET /api/departments/{id}/staff). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Colleague"];
            };
        };
        responses: {
            /** @description Who holds the task now. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskHolding"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: the body does not name a colleague. TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not an officer, or the task belongs to another department. NOT_TASK_HOLDER: another officer holds the task (named). TASK_NOT_CLAIMED: nobody holds it; claim it first. DELEGATION_PENDING: it is delegated (委派); the delegate hands it back first. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN" | "NOT_TASK_HOLDER";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description TASK_NOT_FOUND: no task has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "TASK_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description NOT_TASK_HOLDER: another officer holds the task (named). TASK_NOT_CLAIMED: nobody holds it; claim it first. DELEGATION_PENDING: it is delegated (委派); the delegate hands it back first. TASK_ALREADY_DECIDED: the task is already approved or rejected. TASK_NOT_ACTIONABLE: the task cannot be handled now. CONCURRENT_UPDATE: the application kept changing at the same time; retry. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "TASK_NOT_CLAIMED" | "DELEGATION_PENDING" | "TASK_ALREADY_DECIDED" | "TASK_NOT_ACTIONABLE" | "CONCURRENT_UPDATE";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description COLLEAGUE_NOT_IN_DEPARTMENT: the colleague is not an officer of the department (officers are recorded when they first sign in). */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "COLLEAGUE_NOT_IN_DEPARTMENT";
                    } & components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    handBackTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The task id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who holds the task now. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskHolding"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not an officer, or the task belongs to another department. NOT_TASK_HOLDER: the caller is not the delegate. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN" | "NOT_TASK_HOLDER";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description TASK_NOT_FOUND: no task has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "TASK_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description NOT_DELEGATED: the task is not delegated. TASK_ALREADY_DECIDED: the task is already approved or rejected. TASK_NOT_ACTIONABLE: the task cannot be handled now. CONCURRENT_UPDATE: the application kept changing at the same time; retry. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "NOT_DELEGATED" | "TASK_ALREADY_DECIDED" | "TASK_NOT_ACTIONABLE" | "CONCURRENT_UPDATE";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addCountersigner: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The task id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The colleague, picked by name from the department staff (GET /api/departments/{id}/staff). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CountersignerAdd"];
            };
        };
        responses: {
            /** @description Who holds the task now. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskHolding"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: the body does not name a colleague. TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not an officer, or the task belongs to another department. NOT_TASK_HOLDER: another officer holds the task (named). TASK_NOT_CLAIMED: nobody holds it; claim it first. DELEGATION_PENDING: it is delegated (委派); the delegate hands it back first. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN" | "NOT_TASK_HOLDER";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description TASK_NOT_FOUND: no task has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "TASK_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description STEP_NOT_COUNTERSIGNED: the current step has one handler. SIGNER_ALREADY_ADDED: the colleague already signs it. TASK_NOT_CLAIMED: nobody holds it. TASK_ALREADY_DECIDED: the task is already approved or rejected. TASK_NOT_ACTIONABLE: the task cannot be handled now. CONCURRENT_UPDATE: the application kept changing at the same time; retry. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "STEP_NOT_COUNTERSIGNED" | "SIGNER_ALREADY_ADDED" | "TASK_NOT_CLAIMED" | "TASK_ALREADY_DECIDED" | "TASK_NOT_ACTIONABLE" | "CONCURRENT_UPDATE";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description COLLEAGUE_NOT_IN_DEPARTMENT: the colleague is not an officer of the department (officers are recorded when they first sign in). */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "COLLEAGUE_NOT_IN_DEPARTMENT";
                    } & components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listStaff: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The department id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The officers. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMember"][];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not an officer of this department (another department's staff is not listed). */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRating: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The application id (办件编号). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rating. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description APPLICATION_NOT_FOUND: no such application, or the caller may not read it. RATING_NOT_FOUND: it has not been rated. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND" | "RATING_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rateApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The application id (办件编号). */
                id: string;
            };
            cookie?: never;
        };
        /** @description The scores. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingRequest"];
            };
        };
        responses: {
            /** @description The rating, with the rectifications it opened. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description APPLICATION_NOT_FOUND: no such application, or another citizen’s. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description RATING_NOT_OPEN: the application is not completed or rejected yet. ALREADY_RATED: it has been rated already (once only). */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "RATING_NOT_OPEN" | "ALREADY_RATED";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description VALIDATION_FAILED: a score is not a whole number from 1 to 5, a comment is not text or is over 1000 characters, or a matter is not one the application included or is rated twice; errors lists each problem. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ValidationError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRectifications: {
        parameters: {
            query?: {
                /** @description Only rectifications in this status: open (待整改), overdue (逾期未整改), answered (已整改). */
                status?: "open" | "overdue" | "answered";
                /** @description Page number, from 1. */
                page?: number;
                /** @description Rectifications per page. */
                pageSize?: number;
            };
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of rectifications. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rectification"][];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not officer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRectification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The rectification id (整改任务编号). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rectification. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationDetail"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not an officer, or the rectification belongs to another department. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description RECTIFICATION_NOT_FOUND: no rectification has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "RECTIFICATION_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    answerRectification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The rectification id (整改任务编号). */
                id: string;
            };
            cookie?: never;
        };
        /** @description The answer. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RectificationAnswer"];
            };
        };
        responses: {
            /** @description The answered rectification. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationDetail"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not an officer, or the rectification belongs to another department. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description RECTIFICATION_NOT_FOUND: no rectification has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "RECTIFICATION_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description RECTIFICATION_ALREADY_ANSWERED: it has been answered already. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "RECTIFICATION_ALREADY_ANSWERED";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description VALIDATION_FAILED: answer is missing or empty, or answer / measures is not text or is over 2000 characters. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ValidationError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRatingStats: {
        parameters: {
            query?: {
                /** @description Period start, inclusive: a date (YYYY-MM-DD, from 00:00 China Standard Time) or an ISO 8601 instant with a zone. */
                from?: string;
                /** @description Period end, inclusive: a date (YYYY-MM-DD, until 23:59:59.999 China Standard Time) or an ISO 8601 instant with a zone. */
                to?: string;
                /** @description Only this department. An officer may name only their own (their own is the default for them). */
                department?: string;
            };
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingStats"];
                };
            };
            /** @description BAD_REQUEST: from / to is not a date or an instant, from is after to, or department is empty. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is a citizen, or an officer asking for another department. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBundleStats: {
        parameters: {
            query?: {
                /** @description Only applications of this published version; all versions when absent. */
                version?: number;
                /** @description Period start, inclusive: a date (YYYY-MM-DD, from 00:00 China Standard Time) or an ISO 8601 instant with a zone. */
                from?: string;
                /** @description Period end, inclusive: a date (YYYY-MM-DD, until 23:59:59.999 China Standard Time) or an ISO 8601 instant with a zone. */
                to?: string;
            };
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The bundle id (一件事), e.g. henan-newborn. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleStats"];
                };
            };
            /** @description BAD_REQUEST: version is not a whole number from 1 to 1,000,000, from / to is not a date or an instant, or from is after to (detail says which). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not admin or designer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description BUNDLE_NOT_FOUND: no published bundle (or version) has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BUNDLE_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCalendars: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendars loaded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarListing"];
                };
            };
            /** @description INVALID_TOKEN: an Authorization header was sent and is not a valid bearer token (every route checks a token that is sent). TOKEN_EXPIRY_REQUIRED: the token sent has no expiry (exp claim). DEPARTMENT_UNKNOWN: an officer's token sent names a department that is not a department record (GET /api/departments); POST /api/auth/dev-login: the officer names such a department. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description "national" for the State Council’s schedule, or the 6-digit GB/T 2260 code of a region whose own public holidays overlay it (e.g. 450000 广西). */
                region: string;
                /** @description The year, 2000–2100. */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar document. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Calendar;
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description INVALID_TOKEN: an Authorization header was sent and is not a valid bearer token (every route checks a token that is sent). TOKEN_EXPIRY_REQUIRED: the token sent has no expiry (exp claim). DEPARTMENT_UNKNOWN: an officer's token sent names a department that is not a department record (GET /api/departments); POST /api/auth/dev-login: the officer names such a department. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description CALENDAR_NOT_FOUND: no calendar of that region and year is loaded. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "CALENDAR_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    loadCalendar: {
        parameters: {
            query?: {
                /** @description true: preview only. */
                dryRun?: "true" | "false" | "1" | "0";
            };
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description "national" for the State Council’s schedule, or the 6-digit GB/T 2260 code of a region whose own public holidays overlay it (e.g. 450000 广西). */
                region: string;
                /** @description The year, 2000–2100. */
                year: number;
            };
            cookie?: never;
        };
        /** @description The calendar file of that region and year. */
        requestBody: {
            content: {
                "application/json": Record<string, unknown>;
            };
        };
        responses: {
            /** @description Loaded (or previewed): the deadlines that moved. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarLoad"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description DEFINITION_INVALID: the file fails the checks of `onego validate`, is of another year or region, or cannot be combined with the loaded calendars; issues lists each problem. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DEFINITION_INVALID";
                    } & WithRequired<components["schemas"]["DefinitionInvalid"], "issues">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchMatters: {
        parameters: {
            query?: {
                /** @description Part of the name, code, department name or id. */
                q?: string;
                /** @description A department id. */
                department?: string;
                /** @description A GB/T 2260 division code (6 digits) or "national". */
                region?: string;
                /** @description At most this many. */
                limit?: number;
            };
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching entries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatterSummary"][];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin or officer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    saveMatterDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the bundle draft as the caller last read or saved it (or *): the request applies only to that draft, else 412. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description *: save only if the bundle has no draft yet (a new draft never replaces one someone else saved), else 412. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The matter. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description The draft is saved (201: a new catalogue entry). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatterDraftSaved"];
                };
            };
            /** @description A new catalogue entry was created with this draft. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatterDraftSaved"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description MATTER_CODE_TAKEN: another matter of the catalogue has this 事项编码. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATTER_CODE_TAKEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description MATTER_DRAFT_CHANGED: the draft was saved since the ETag given in If-Match (or exists already while If-None-Match is *). MATTER_DRAFT_GONE: If-Match was given and the draft has been published or discarded since. Nothing was written. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATTER_DRAFT_CHANGED" | "MATTER_DRAFT_GONE";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description MATTER_INVALID: the matter lacks what a catalogue entry needs even as a draft (its name; problems says what). REGION_INVALID: the region is not a GB/T 2260 division code. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATTER_INVALID" | "REGION_INVALID";
                    } & components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMatter: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The matter’s catalogue id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatterVersion"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin or officer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description MATTER_NOT_FOUND: no such matter. MATTER_VERSION_NOT_FOUND: it has no such version (or none published yet). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATTER_NOT_FOUND" | "MATTER_VERSION_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMatterDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The matter’s catalogue id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatterDraft"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description MATTER_NOT_FOUND: no such matter. MATTER_DRAFT_NOT_FOUND: it has no draft. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATTER_NOT_FOUND" | "MATTER_DRAFT_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    discardMatterDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the bundle draft as the caller last read or saved it (or *): the request applies only to that draft, else 412. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The matter’s catalogue id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Discarded. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description MATTER_NOT_FOUND: no such matter. MATTER_DRAFT_NOT_FOUND: it has no draft. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATTER_NOT_FOUND" | "MATTER_DRAFT_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description MATTER_DRAFT_CHANGED: the draft was saved since the ETag given in If-Match (or exists already while If-None-Match is *). MATTER_DRAFT_GONE: If-Match was given and the draft has been published or discarded since. Nothing was written. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATTER_DRAFT_CHANGED" | "MATTER_DRAFT_GONE";
                    } & components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publishMatter: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the bundle draft as the caller last read or saved it (or *): the request applies only to that draft, else 412. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The matter’s catalogue id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new version. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatterVersion"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description MATTER_NOT_FOUND: no such matter. MATTER_DRAFT_NOT_FOUND: it has no draft to publish. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATTER_NOT_FOUND" | "MATTER_DRAFT_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description MATTER_DRAFT_CHANGED: the draft was saved since the ETag given in If-Match (or exists already while If-None-Match is *). MATTER_DRAFT_GONE: If-Match was given and the draft has been published or discarded since. Nothing was written. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATTER_DRAFT_CHANGED" | "MATTER_DRAFT_GONE";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description MATTER_INVALID: the draft has problems (problems lists each, located in the service guide’s words). */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATTER_INVALID";
                    } & components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listMatterVersions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The matter’s catalogue id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatterVersions"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin or officer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description MATTER_NOT_FOUND: no matter with this id in the catalogue. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATTER_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMatterUse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The matter’s catalogue id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its uses. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatterUse"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description MATTER_NOT_FOUND: no matter with this id in the catalogue. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATTER_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMatterChanges: {
        parameters: {
            query: {
                from: number;
                to?: number;
            };
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The matter’s catalogue id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The differences. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatterChange"][];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description MATTER_NOT_FOUND, MATTER_VERSION_NOT_FOUND or MATTER_DRAFT_NOT_FOUND: no such matter, version or draft. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATTER_NOT_FOUND" | "MATTER_VERSION_NOT_FOUND" | "MATTER_DRAFT_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    compareMatter: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The matter’s catalogue id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The copy. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description The comparison. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatterComparison"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description MATTER_NOT_FOUND: no such matter, or none of its versions is published. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATTER_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description MATTER_INVALID: the copy is not shaped as a matter where the comparison reads it (problems says what). */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MATTER_INVALID";
                    } & components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDepartments: {
        parameters: {
            query?: {
                /** @description A GB/T 2260 division code (6 digits) or "national". */
                region?: string;
            };
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The departments. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"][];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description INVALID_TOKEN: an Authorization header was sent and is not a valid bearer token (every route checks a token that is sent). TOKEN_EXPIRY_REQUIRED: the token sent has no expiry (exp claim). DEPARTMENT_UNKNOWN: an officer's token sent names a department that is not a department record (GET /api/departments); POST /api/auth/dev-login: the officer names such a department. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createDepartment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The department. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDepartment"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description DEPARTMENT_EXISTS: the region has a department of this name. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DEPARTMENT_EXISTS";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description DEPARTMENT_NAME_REQUIRED: the name is empty. REGION_INVALID: the region is not a GB/T 2260 division code. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DEPARTMENT_NAME_REQUIRED" | "REGION_INVALID";
                    } & components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    importCatalogue: {
        parameters: {
            query?: {
                /** @description Preview only. */
                dryRun?: boolean;
                /** @description A GB/T 2260 division code (6 digits) or "national". */
                region?: string;
                /** @description The region’s name (济南市), for the departments created. */
                regionName?: string;
            };
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The files. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CatalogueImportRequest"];
            };
        };
        responses: {
            /** @description What the import does (dryRun) or did. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueImportPreview"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description IMPORT_FILE_TOO_LARGE: a file is over 10 MB. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "IMPORT_FILE_TOO_LARGE";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description MULTIPART_REQUIRED: the body is not multipart/form-data. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "MULTIPART_REQUIRED";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description CATALOGUE_IMPORT_INVALID: the files have problems (problems lists each, located); nothing was imported. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "CATALOGUE_IMPORT_INVALID";
                    } & components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDataElements: {
        parameters: {
            query?: {
                /** @description A GB/T 2260 division code (6 digits) or "national". */
                region?: string;
            };
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dictionary. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataElementEntry"][];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin or officer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createDataElement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The element. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDataElement"];
            };
        };
        responses: {
            /** @description Added. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataElementEntry"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not designer or admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description DATA_ELEMENT_EXISTS: the standard dictionary or the region already has an element of this Chinese name. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DATA_ELEMENT_EXISTS";
                    } & components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description DATA_ELEMENT_NAME_REQUIRED: no Chinese name. DATA_ELEMENT_TYPE_INVALID: the type and format are not one of the plain choices. DATA_ELEMENT_OPTIONS_INVALID: options without a 选项 type, or a 选项 type without named options. REGION_INVALID: the region is not a GB/T 2260 division code. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DATA_ELEMENT_NAME_REQUIRED" | "DATA_ELEMENT_TYPE_INVALID" | "DATA_ELEMENT_OPTIONS_INVALID" | "REGION_INVALID";
                    } & components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description true: only unread notifications. */
                unread?: "true" | "false";
                /** @description Page number, from 1. */
                page?: number;
                /** @description Items per page. */
                pageSize?: number;
            };
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of notifications. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description How many notifications match the filter, over all pages. */
                    "X-Total-Count"?: number;
                    /** @description How many of the caller’s notifications are unread. */
                    "X-Unread-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"][];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were unread. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsMarked"];
                };
            };
            /** @description BAD_JSON: a body was sent and is not valid JSON. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The notification id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification, read. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description BAD_JSON: a body was sent and is not valid JSON. TEXT_TOO_LONG: the id is longer than 200 characters. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description NOTIFICATION_NOT_FOUND: no notification with this id is the caller’s (another user’s or department’s is not revealed). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "NOTIFICATION_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    streamNotifications: {
        parameters: {
            query?: {
                /** @description Same as Last-Event-ID (the header wins). */
                lastEventId?: string;
                /** @description The bearer token, for clients that cannot send headers (EventSource). */
                access_token?: string;
            };
            header?: {
                /** @description Replay the notifications after this id first. */
                "Last-Event-ID"?: string;
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream; it stays open. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description BAD_REQUEST: Last-Event-ID (or lastEventId) is not a whole number ≥ 0. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description TOO_MANY_STREAMS: the caller holds as many open streams as allowed (ONEGO_MAX_STREAMS_PER_PRINCIPAL, 10 by default); limit names it; retry after closing one. RATE_LIMITED: see the other operations. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "TOO_MANY_STREAMS" | "RATE_LIMITED";
                    } & components["schemas"]["Error"];
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preferences. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPreferences"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putNotificationPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The choice. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactPreferencesRequest"];
            };
        };
        responses: {
            /** @description The preferences saved. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPreferences"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not citizen. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description CHANNEL_NOT_AVAILABLE: this server sends no notifications on a channel chosen. CONTACT_PHONE_INVALID / CONTACT_EMAIL_INVALID: the number or address is malformed. CONTACT_PHONE_REQUIRED / CONTACT_EMAIL_REQUIRED: a channel is chosen without its number or address. Nothing is saved. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "CHANNEL_NOT_AVAILABLE" | "CONTACT_PHONE_INVALID" | "CONTACT_EMAIL_INVALID" | "CONTACT_PHONE_REQUIRED" | "CONTACT_EMAIL_REQUIRED";
                    } & components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhooks. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"][];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The id of a regional department (a department record, GET /api/departments), as its tasks and officers name it. */
                department: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description WEBHOOK_NOT_FOUND: the department has no webhook. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "WEBHOOK_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The id of a regional department (a department record, GET /api/departments), as its tasks and officers name it. */
                department: string;
            };
            cookie?: never;
        };
        /** @description The URL, the secret and optionally the types. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookRequest"];
            };
        };
        responses: {
            /** @description The webhook is replaced. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description The webhook is created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description BAD_JSON: the body is not valid JSON. JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path. BAD_REQUEST: the body is not a JSON object, url is not an absolute http(s) URL, the secret is not 16–200 characters, events is not a non-empty list of department notification types, or the department id is not 1–100 letters, digits, ".", "_" or "-". TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "JSON_TOO_DEEP" | "NUMBER_NOT_FINITE" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description DEPARTMENT_NOT_FOUND: the department is not a department record (GET /api/departments). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "DEPARTMENT_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description OUTBOUND_TARGET_REFUSED: the URL points at a loopback, private, link-local, unique-local or reserved address, a cloud metadata host, or carries credentials, and is not allow-listed (ONEGO_OUTBOUND_ALLOW); reason names which (scheme, credentials, metadata, loopback, private, link-local, unique-local, reserved). */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "OUTBOUND_TARGET_REFUSED";
                    } & components["schemas"]["OutboundTargetRefused"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The id of a regional department (a department record, GET /api/departments), as its tasks and officers name it. */
                department: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description WEBHOOK_NOT_FOUND: the department has no webhook. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "WEBHOOK_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Only deliveries in this status. */
                status?: "pending" | "delivered" | "failed" | "cancelled";
                /** @description Page number, from 1. */
                page?: number;
                /** @description Items per page. */
                pageSize?: number;
            };
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The id of a regional department (a department record, GET /api/departments), as its tasks and officers name it. */
                department: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deliveries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description How many deliveries match the filter, over all pages. */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"][];
                };
            };
            /** @description BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_REQUEST";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    redeliverWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The id of a regional department (a department record, GET /api/departments), as its tasks and officers name it. */
                department: string;
                /** @description The delivery id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, pending again. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description BAD_JSON: a body was sent and is not valid JSON. BAD_REQUEST: the department id is not 1–100 letters, digits, ".", "_" or "-". TEXT_TOO_LONG: the delivery id is longer than 200 characters. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "BAD_JSON" | "BAD_REQUEST" | "TEXT_TOO_LONG";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer's token names a department that is not a department record (GET /api/departments). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRY_REQUIRED" | "DEPARTMENT_UNKNOWN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description FORBIDDEN: the caller is not admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["Error"];
                };
            };
            /** @description WEBHOOK_NOT_FOUND: the department has no webhook (any more). WEBHOOK_DELIVERY_NOT_FOUND: the department has no delivery with this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        code?: "WEBHOOK_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND";
                    } & components["schemas"]["Error"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    receiveDepartmentNotification: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery id, the same on every attempt. */
                "X-OneGo-Delivery": string;
                /** @description The notification type. */
                "X-OneGo-Event": components["schemas"]["DepartmentNotificationType"];
                /** @description X-OneGo-Signature: `t=<unix seconds>,v1=<hex>` where hex = HMAC-SHA256(secret, `<t>.<raw request body>`). To verify: take t and v1 from the header, compute the HMAC over the raw bytes received (before any JSON parsing), compare with v1 in constant time, and refuse a t more than 5 minutes from your clock (replays). Each attempt is signed anew (new t, same body). */
                "X-OneGo-Signature": string;
                /** @description Which attempt this is, from 1. */
                "X-OneGo-Attempt": number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Received; any 2xx status delivers it. Anything else is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
